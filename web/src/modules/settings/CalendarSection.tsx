// When the company works: its time zone (which also says what day "today" is), each weekday's hours or
// closed, and its holidays.

import { ActionIcon, Button, Checkbox, Group, Table, TextInput, Title } from '@mantine/core';
// The app's stylesheet carries only the components every screen uses; this screen's own come with it.
import '@mantine/core/styles/Checkbox.css';
import { useI18n } from '../../i18n/I18nProvider';
import { Section, type SectionProps } from './SettingsSections';
import { emptyHoliday, WEEKDAYS, type DayDraft } from './settingsDraft';

export function CalendarSection({ draft, change, errorOn }: SectionProps) {
  const { t } = useI18n();
  const setDay = (day: (typeof WEEKDAYS)[number], update: Partial<DayDraft>) =>
    change((current) => ({ ...current, days: { ...current.days, [day]: { ...current.days[day], ...update } } }));

  return (
    <Section id="settings-calendar" title={t('settings.workingHours')} hint={t('settings.workingHoursHint')}>
      <TextInput
        label={t('settings.timeZone')}
        description={t('settings.timeZoneHint')}
        name="working_hours.time_zone"
        dir="ltr"
        w={320}
        mb="sm"
        value={draft.time_zone}
        error={errorOn('working_hours.time_zone')}
        onChange={(e) => {
          const value = e.currentTarget.value;
          change((current) => ({ ...current, time_zone: value }));
        }}
      />
      <div className="table-wrap">
        <Table layout="fixed" maw={640}>
          <caption className="visually-hidden">{t('settings.workingHours')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('settings.day')}</Table.Th>
              <Table.Th scope="col">{t('settings.opens')}</Table.Th>
              <Table.Th scope="col">{t('settings.closes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {WEEKDAYS.map((day) => {
              const hours = draft.days[day];
              const name = t(`settings.weekdays.${day}`);
              return (
                <Table.Tr key={day}>
                  <Table.Th scope="row" fw={500}>
                    <Checkbox
                      label={name}
                      checked={hours.open}
                      error={errorOn(`working_hours.days.${day}`)}
                      onChange={(e) => setDay(day, { open: e.currentTarget.checked })}
                    />
                  </Table.Th>
                  <Table.Td>
                    <TextInput
                      type="time"
                      aria-label={t('settings.opensOn', { day: name })}
                      disabled={!hours.open}
                      value={hours.opens}
                      error={errorOn(`working_hours.days.${day}[0]`)}
                      onChange={(e) => setDay(day, { opens: e.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      type="time"
                      aria-label={t('settings.closesOn', { day: name })}
                      disabled={!hours.open}
                      value={hours.closes}
                      error={errorOn(`working_hours.days.${day}[1]`)}
                      onChange={(e) => setDay(day, { closes: e.currentTarget.value })}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </div>
      <Title order={3} size="h5" mt="md" mb="xs">
        {t('settings.holidays')}
      </Title>
      <Group gap="xs" align="flex-start">
        {draft.holidays.map((holiday, index) => (
          <Group key={holiday.key} gap={2} wrap="nowrap" align="flex-start">
            <TextInput
              type="date"
              aria-label={t('settings.holidayNo', { number: index + 1 })}
              value={holiday.date}
              error={errorOn(`holidays[${index}]`)}
              onChange={(e) => {
                const value = e.currentTarget.value;
                change((current) => ({ ...current, holidays: current.holidays.map((h) => (h.key === holiday.key ? { ...h, date: value } : h)) }));
              }}
            />
            <ActionIcon
              variant="subtle"
              color="red.8"
              mt={4}
              aria-label={t('settings.removeHolidayNo', { number: index + 1 })}
              onClick={() => change((current) => ({ ...current, holidays: current.holidays.filter((h) => h.key !== holiday.key) }))}
            >
              <span aria-hidden="true">×</span>
            </ActionIcon>
          </Group>
        ))}
        <Button size="xs" variant="light" mt={4} onClick={() => change((current) => ({ ...current, holidays: [...current.holidays, emptyHoliday()] }))}>
          {t('settings.addHoliday')}
        </Button>
      </Group>
    </Section>
  );
}
