import { Center, DirectionProvider, Loader, MantineProvider } from '@mantine/core';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { SessionProvider, useMe, useSession } from '../auth/session';
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
// The catalogue's screens are reference data, visited now and then: each loads on its first visit.
const ProductsPage = lazy(() => import('../modules/product/ProductsPage').then((module) => ({ default: module.ProductsPage })));
const ProductPage = lazy(() => import('../modules/product/ProductPage').then((module) => ({ default: module.ProductPage })));
const PriceListsPage = lazy(() => import('../modules/price_list/PriceListsPage').then((module) => ({ default: module.PriceListsPage })));
const PriceListPage = lazy(() => import('../modules/price_list/PriceListPage').then((module) => ({ default: module.PriceListPage })));
const NewPriceListPage = lazy(() => import('../modules/price_list/PriceListPage').then((module) => ({ default: module.NewPriceListPage })));
const PaymentTermsPage = lazy(() => import('../modules/payment_term/PaymentTermsPage').then((module) => ({ default: module.PaymentTermsPage })));
const PaymentTermPage = lazy(() => import('../modules/payment_term/PaymentTermPage').then((module) => ({ default: module.PaymentTermPage })));
const PromotionsPage = lazy(() => import('../modules/promotion/PromotionsPage').then((module) => ({ default: module.PromotionsPage })));
const PromotionPage = lazy(() => import('../modules/promotion/PromotionPage').then((module) => ({ default: module.PromotionPage })));
const SettingsPage = lazy(() => import('../modules/settings/SettingsPage').then((module) => ({ default: module.SettingsPage })));
// Commerce: offers, orders and the operations screen load on their first visit too.
const OffersPage = lazy(() => import('../modules/offer/OffersPage').then((module) => ({ default: module.OffersPage })));
const OfferPage = lazy(() => import('../modules/offer/OfferPage').then((module) => ({ default: module.OfferPage })));
const NewOfferPage = lazy(() => import('../modules/offer/OfferPage').then((module) => ({ default: module.NewOfferPage })));
const OrdersPage = lazy(() => import('../modules/order/OrdersPage').then((module) => ({ default: module.OrdersPage })));
const OrderPage = lazy(() => import('../modules/order/OrderPage').then((module) => ({ default: module.OrderPage })));
const NewOrderPage = lazy(() => import('../modules/order/NewOrderPage').then((module) => ({ default: module.NewOrderPage })));
const OperationsPage = lazy(() => import('../modules/operations/OperationsPage').then((module) => ({ default: module.OperationsPage })));

function Routes() {
  const { t } = useI18n();
  const me = useMe();
  const later = (page: ReactNode) => <Suspense fallback={<Loader aria-label={t('app.loading')} />}>{page}</Suspense>;
  return (
    <Switch>
      {/* Operations staff have no day of sales activities: their first screen is the orders to move. */}
      {me.role === 'operations' ? <Route path="/">{later(<OperationsPage />)}</Route> : <Route path="/" component={MyDayPage} />}
      <Route path="/operations">{later(<OperationsPage />)}</Route>
      <Route path="/accounts" component={AccountsPage} />
      <Route path="/accounts/:id">{(params) => <AccountPage id={params.id} />}</Route>
      <Route path="/pipeline" component={PipelinePage} />
      <Route path="/absences" component={AbsencesPage} />
      <Route path="/dashboard">
        <Suspense fallback={<Loader aria-label={t('app.loading')} />}>
          <DashboardPage />
        </Suspense>
      </Route>
      <Route path="/products">{later(<ProductsPage />)}</Route>
      <Route path="/products/:id">{(params) => later(<ProductPage id={params.id} />)}</Route>
      <Route path="/price-lists">{later(<PriceListsPage />)}</Route>
      <Route path="/price-lists/new">{later(<NewPriceListPage />)}</Route>
      <Route path="/price-lists/:id">{(params) => later(<PriceListPage id={params.id} />)}</Route>
      <Route path="/payment-terms">{later(<PaymentTermsPage />)}</Route>
      <Route path="/payment-terms/:id">{(params) => later(<PaymentTermPage id={params.id} />)}</Route>
      <Route path="/promotions">{later(<PromotionsPage />)}</Route>
      <Route path="/promotions/:id">{(params) => later(<PromotionPage id={params.id} />)}</Route>
      <Route path="/settings">{later(<SettingsPage />)}</Route>
      <Route path="/offers">{later(<OffersPage />)}</Route>
      <Route path="/offers/new">{later(<NewOfferPage />)}</Route>
      <Route path="/offers/:id">{(params) => later(<OfferPage id={params.id} />)}</Route>
      <Route path="/orders">{later(<OrdersPage />)}</Route>
      <Route path="/orders/new">{later(<NewOrderPage />)}</Route>
      <Route path="/orders/:id">{(params) => later(<OrderPage id={params.id} />)}</Route>
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
