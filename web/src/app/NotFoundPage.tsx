import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { useI18n } from '../i18n/I18nProvider';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Stack>
      <Title order={1}>{t('app.notFoundTitle')}</Title>
      <Text>{t('app.notFoundBody')}</Text>
      <Anchor component={Link} href="/">
        {t('app.backHome')}
      </Anchor>
    </Stack>
  );
}
