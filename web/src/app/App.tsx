import { Center, DirectionProvider, Loader, MantineProvider } from '@mantine/core';
import { lazy, Suspense, useEffect } from 'react';
import { Route, Switch } from 'wouter';
import { SessionProvider, useSession } from '../auth/session';
import { SignInPage } from '../auth/SignInPage';
import { AbsencesPage } from '../modules/absence/AbsencesPage';
import { AccountPage } from '../modules/account/AccountPage';
import { AccountsPage } from '../modules/account/AccountsPage';
import { MyDayPage } from '../modules/activity/MyDayPage';
import { PipelinePage } from '../modules/deal/PipelinePage';
import { UserDirectoryProvider } from '../modules/user/users';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { FlashProvider } from './flash';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';
import { theme } from './theme';

// The dashboard brings the chart library: it loads on first visit, not with the rest.
const DashboardPage = lazy(() => import('../modules/report/DashboardPage').then((module) => ({ default: module.DashboardPage })));

function Routes() {
  const { t } = useI18n();
  return (
    <Switch>
      <Route path="/" component={MyDayPage} />
      <Route path="/accounts" component={AccountsPage} />
      <Route path="/accounts/:id">{(params) => <AccountPage id={params.id} />}</Route>
      <Route path="/pipeline" component={PipelinePage} />
      <Route path="/absences" component={AbsencesPage} />
      <Route path="/dashboard">
        <Suspense fallback={<Loader aria-label={t('app.loading')} />}>
          <DashboardPage />
        </Suspense>
      </Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}

function Gate() {
  const { me, checking } = useSession();
  const { t, setLanguage } = useI18n();
  const saved = me?.locale ?? null;
  // The language the user chose, once signed in; until then (and when they chose none) the browser's.
  useEffect(() => {
    if (saved !== null) void setLanguage(saved);
  }, [saved, setLanguage]);
  if (checking) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('app.loading')} />
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
    <DirectionProvider>
      <MantineProvider theme={theme}>
        <I18nProvider>
          <FlashProvider>
            <SessionProvider>
              <Gate />
            </SessionProvider>
          </FlashProvider>
        </I18nProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}
