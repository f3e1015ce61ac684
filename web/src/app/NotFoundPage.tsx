import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { strings } from '../strings';

export function NotFoundPage() {
  return (
    <Stack>
      <Title order={1}>{strings.app.notFoundTitle}</Title>
      <Text>{strings.app.notFoundBody}</Text>
      <Anchor component={Link} href="/">
        {strings.app.backHome}
      </Anchor>
    </Stack>
  );
}
