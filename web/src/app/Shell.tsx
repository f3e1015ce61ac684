// The frame around every screen: where you are, who you are, whom you stand in for, and the language.

import { AppShell, Badge, Button, Group, Menu, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { api } from '../api/client';
import { describeError } from '../api/errors';
import type { UserPatch } from '../api/types';
import { useMe, useSession } from '../auth/session';
import { useI18n } from '../i18n/I18nProvider';
import { AUTONYMS, LANGUAGES, type Language } from '../i18n/locales';
import type { MessageId } from '../i18n/messages';
import { useUsers } from '../modules/user/users';
import { useFlash } from './flash';

const LINKS: { href: string; label: MessageId }[] = [
  { href: '/', label: 'nav.myDay' },
  { href: '/accounts', label: 'nav.accounts' },
  { href: '/pipeline', label: 'nav.pipeline' },
  { href: '/offers', label: 'nav.offers' },
  { href: '/orders', label: 'nav.orders' },
  { href: '/absences', label: 'nav.absences' },
  { href: '/dashboard', label: 'nav.dashboard' },
];

/**
 * Operations staff (warehouse, shipping, accounting) read orders and nothing of the sales side — no
 * accounts, deals, activities or offers (the API refuses them) — so their bar holds their own screens.
 */
const OPERATIONS_LINKS: { href: string; label: MessageId }[] = [
  { href: '/', label: 'nav.operations' },
  { href: '/orders', label: 'nav.orders' },
  { href: '/absences', label: 'nav.absences' },
];

/**
 * The catalogue's reference data, one menu in the bar: everyone reads it, admins edit it. The company's
 * settings are admins' alone, so only they are offered them.
 */
const CATALOGUE: { href: string; label: MessageId; adminOnly?: boolean }[] = [
  { href: '/products', label: 'nav.products' },
  { href: '/price-lists', label: 'nav.priceLists' },
  { href: '/payment-terms', label: 'nav.paymentTerms' },
  { href: '/promotions', label: 'nav.promotions' },
  { href: '/settings', label: 'nav.settings', adminOnly: true },
];

function CatalogueMenu({ location }: { location: string }) {
  const { t } = useI18n();
  const me = useMe();
  const [, navigate] = useLocation();
  const links = CATALOGUE.filter((link) => !link.adminOnly || me.role === 'admin');
  const here = links.some((link) => isCurrent(link.href, location));
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button
          variant={here ? 'light' : 'subtle'}
          color={here ? 'blue' : 'gray'}
          c={here ? 'blue.8' : 'gray.8'}
          size="compact-sm"
          fw={500}
          rightSection={<span aria-hidden="true">▾</span>}
          data-testid="catalogue-menu"
        >
          {t('nav.catalogue')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {links.map((link) => (
          <Menu.Item
            key={link.href}
            component="a"
            href={link.href}
            aria-current={isCurrent(link.href, location) ? 'page' : undefined}
            onClick={(event) => {
              // A plain click stays in the page (no reload); a modified click opens a tab as links do.
              if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
              event.preventDefault();
              navigate(link.href);
            }}
          >
            {t(link.label)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function isCurrent(href: string, location: string): boolean {
  return href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
}

/**
 * The user's own language: the UI switches at once, and users.locale keeps the choice for the next
 * sign-in. The names are autonyms, each marked with its language for screen readers.
 */
function LanguageMenu() {
  const me = useMe();
  const i18n = useI18n();
  const { t, language, setLanguage } = i18n;
  const flash = useFlash();
  const [busy, setBusy] = useState(false);

  async function choose(chosen: Language) {
    if (chosen === language) return;
    setBusy(true);
    try {
      await setLanguage(chosen);
      const patch: UserPatch = { locale: chosen };
      await api.patch(`/users/${encodeURIComponent(me.id)}`, patch);
    } catch (failure) {
      flash.show(describeError(failure, i18n), 'error');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" size="xs" loading={busy} aria-label={`${t('session.language')}: ${AUTONYMS[language]}`} data-testid="language-menu">
          <span aria-hidden="true">{AUTONYMS[language]}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('session.language')}</Menu.Label>
        {LANGUAGES.map((code) => (
          <Menu.Item
            key={code}
            lang={code}
            onClick={() => void choose(code)}
            aria-current={code === language ? 'true' : undefined}
            fw={code === language ? 700 : undefined}
          >
            {AUTONYMS[code]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function Identity() {
  const me = useMe();
  const { signOut } = useSession();
  const { nameOf } = useUsers();
  const { t } = useI18n();
  const role = t(`roles.${me.role}`);
  return (
    <Group gap="xs" wrap="nowrap" className="identity">
      <div aria-label={t('session.signedInAs', { name: me.name, role })} className="identity-text">
        <Text fw={600} size="sm" data-testid="user-name">
          {me.name}
        </Text>
        <Text size="xs" c="dimmed" data-testid="user-role">
          {role}
        </Text>
      </div>
      {me.deputy_for.length > 0 && (
        <Badge color="orange" variant="light" data-testid="standing-in-for">
          {t('session.standingInFor')}: {me.deputy_for.map(nameOf).join(', ')}
        </Badge>
      )}
      <LanguageMenu />
      <Button variant="default" size="xs" onClick={() => void signOut()}>
        {t('session.signOut')}
      </Button>
    </Group>
  );
}

export function Shell({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const { t } = useI18n();
  const me = useMe();
  const links = me.role === 'operations' ? OPERATIONS_LINKS : LINKS;
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Text fw={700} size="lg" c="blue.8">
              {t('app.name')}
            </Text>
            <nav aria-label={t('nav.label')} className="main-nav">
              {links.map((link) => (
                <Link
                  key={link.href}
                  href={link.href}
                  aria-current={isCurrent(link.href, location) ? 'page' : undefined}
                >
                  {t(link.label)}
                </Link>
              ))}
              <CatalogueMenu location={location} />
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
