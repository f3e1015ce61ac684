// The people of the e2e company: a head of sales and two account managers in one team.

import { ADMIN, addUser, apiAs, PASSWORD } from './support.mjs';

export async function seedCompany(baseUrl) {
  const admin = await apiAs(baseUrl, ADMIN.email, ADMIN.password);
  const team = await admin.post('/teams', { name: 'North' });
  const head = await addUser(admin, { email: 'hana@e2e.test', name: 'Hana Head', role: 'head', teamId: team.id });
  await admin.patch(`/teams/${team.id}`, { head_id: head.id });
  const mia = await addUser(admin, { email: 'mia@e2e.test', name: 'Mia Manager', role: 'manager', teamId: team.id });
  const max = await addUser(admin, { email: 'max@e2e.test', name: 'Max Manager', role: 'manager', teamId: team.id });
  return {
    admin,
    head,
    mia,
    max,
    as: (user) => apiAs(baseUrl, user.email, PASSWORD),
  };
}
