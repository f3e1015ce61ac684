// The frame around every screen: where you are, who you are, and whom you stand in for.

import { AppShell, Badge, Button, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useMe, useSession } from '../auth/session';
import { useUsers } from '../modules/user/users';
import { strings } from '../strings';

const LINKS = [
  { href: '/', label: strings.nav.myDay },
  { href: '/accounts', label: strings.nav.accounts },
  { href: '/pipeline', label: strings.nav.pipeline },
  { href: '/absences', label: strings.nav.absences },
  { href: '/dashboard', label: strings.nav.dashboard },
];

function isCurrent(href: string, location: string): boolean {
  return href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
}

function Identity() {
  const me = useMe();
  const { signOut } = useSession();
  const { nameOf } = useUsers();
  const role = strings.roles[me.role] ?? me.role;
  return (
    <Group gap="xs" wrap="nowrap" className="identity">
      <div aria-label={strings.session.signedInAs(me.name, role)} className="identity-text">
        <Text fw={600} size="sm" data-testid="user-name">
          {me.name}
        </Text>
        <Text size="xs" c="dimmed" data-testid="user-role">
          {role}
        </Text>
      </div>
      {me.deputy_for.length > 0 && (
        <Badge color="orange" variant="light" data-testid="standing-in-for">
          {strings.session.standingInFor}: {me.deputy_for.map(nameOf).join(', ')}
        </Badge>
      )}
      <Button variant="default" size="xs" onClick={() => void signOut()}>
        {strings.session.signOut}
      </Button>
    </Group>
  );
}

export function Shell({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <a className="skip-link" href="#main">
        {strings.app.skipToContent}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Text fw={700} size="lg" c="blue.8">
              {strings.app.name}
            </Text>
            <nav aria-label={strings.nav.label} className="main-nav">
              {LINKS.map((link) => (
                <Link
                  key={link.href}
                  href={link.href}
                  aria-current={isCurrent(link.href, location) ? 'page' : undefined}
                >
                  {link.label}
                </Link>
              ))}
            </nav>
          </Group>
          <Identity />
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
