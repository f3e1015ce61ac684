import { Center, Loader, MantineProvider } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { SessionProvider, useSession } from '../auth/session';
import { SignInPage } from '../auth/SignInPage';
import { AbsencesPage } from '../modules/absence/AbsencesPage';
import { AccountPage } from '../modules/account/AccountPage';
import { AccountsPage } from '../modules/account/AccountsPage';
import { MyDayPage } from '../modules/activity/MyDayPage';
import { PipelinePage } from '../modules/deal/PipelinePage';
import { UserDirectoryProvider } from '../modules/user/users';
import { strings } from '../strings';
import { FlashProvider } from './flash';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';
import { theme } from './theme';

// The dashboard brings the chart library: it loads on first visit, not with the rest.
const DashboardPage = lazy(() => import('../modules/report/DashboardPage').then((module) => ({ default: module.DashboardPage })));

function Routes() {
  return (
    <Switch>
      <Route path="/" component={MyDayPage} />
      <Route path="/accounts" component={AccountsPage} />
      <Route path="/accounts/:id">{(params) => <AccountPage id={params.id} />}</Route>
      <Route path="/pipeline" component={PipelinePage} />
      <Route path="/absences" component={AbsencesPage} />
      <Route path="/dashboard">
        <Suspense fallback={<Loader aria-label={strings.app.loading} />}>
          <DashboardPage />
        </Suspense>
      </Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}

function Gate() {
  const { me, checking } = useSession();
  if (checking) {
    return (
      <Center h="100vh">
        <Loader aria-label={strings.app.loading} />
      </Center>
    );
  }
  if (!me) return <SignInPage />;
  return (
    <UserDirectoryProvider>
      <Shell>
        <Routes />
      </Shell>
    </UserDirectoryProvider>
  );
}

export function App() {
  return (
    <MantineProvider theme={theme}>
      <FlashProvider>
        <SessionProvider>
          <Gate />
        </SessionProvider>
      </FlashProvider>
    </MantineProvider>
  );
}
