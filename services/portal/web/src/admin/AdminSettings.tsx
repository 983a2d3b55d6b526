import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type SessionUser } from '../api';
import { ErrorText } from '../components/ErrorText';
import { EvaluationSettingsForm } from './EvaluationSettingsForm';
import { NotificationRuleForm } from './NotificationRuleForm';
import { evaluationBody, talentBody, trainingBody, type ruleInput } from './settings-bodies';
import type {
  EvaluationSettings,
  NotificationRule,
  NotificationTemplate,
  TalentSettings,
  TemplatePreview,
  TrainingSettings,
} from './settings-types';
import { SettingsSection, useSettingsDocument } from './SettingsForm';
import { TalentSettingsForm } from './TalentSettingsForm';
import { TemplateForm, type TemplateKey, type TemplateText } from './TemplateForm';
import { TrainingSettingsForm } from './TrainingSettingsForm';

const enc = encodeURIComponent;

// The settings of the admin's own agency; each form stands alone, so one failing read or save
// leaves the others usable.
export function AdminSettings({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const agency = `agencies/${enc(user.agencyId)}`;
  const evaluation = useSettingsDocument<EvaluationSettings>(
    'evaluation',
    `${agency}/evaluation-settings`,
  );
  const training = useSettingsDocument<TrainingSettings>('training', `${agency}/training-settings`);
  const talent = useSettingsDocument<TalentSettings>(
    'career-planning',
    `${agency}/talent-settings`,
  );
  const rules = useQuery({
    queryKey: ['settings', 'rules', user.agencyId],
    queryFn: () => api<NotificationRule[]>('notification', `${agency}/notification-rules`),
  });
  const templates = useQuery({
    queryKey: ['settings', 'templates', user.agencyId],
    queryFn: () => api<NotificationTemplate[]>('notification', `${agency}/notification-templates`),
  });
  const templatePath = (k: TemplateKey) =>
    `${agency}/notification-templates/${enc(k.type)}/${k.language}/${k.channel}`;
  const saveRule = async (type: string, input: ReturnType<typeof ruleInput>) => {
    await api('notification', `${agency}/notification-rules/${enc(type)}`, {
      method: 'PUT',
      json: input,
    });
    await client.invalidateQueries({ queryKey: ['settings', 'rules', user.agencyId] });
  };
  const saveTemplate = async (k: TemplateKey, text: TemplateText) => {
    await api('notification', templatePath(k), { method: 'PUT', json: text });
    await client.invalidateQueries({ queryKey: ['settings', 'templates', user.agencyId] });
  };
  const preview = (k: TemplateKey, text: TemplateText) =>
    api<TemplatePreview>('notification', `${templatePath(k)}/preview`, { json: text });

  return (
    <>
      <SettingsSection label={t('settings.evaluation')} document={evaluation}>
        {(doc, save) => (
          <EvaluationSettingsForm initial={doc} onSubmit={(d) => save(evaluationBody(d))} />
        )}
      </SettingsSection>
      <SettingsSection label={t('settings.training')} document={training}>
        {(doc, save) => (
          <TrainingSettingsForm initial={doc} onSubmit={(d) => save(trainingBody(d))} />
        )}
      </SettingsSection>
      <SettingsSection label={t('settings.talent')} document={talent}>
        {(doc, save) => (
          <TalentSettingsForm
            initial={doc}
            readOnly={!user.roles.includes('ADMIN_INSTANSI')}
            onSubmit={(d) => save(talentBody(d))}
          />
        )}
      </SettingsSection>
      <section aria-labelledby="rules-h">
        <h3 id="rules-h">{t('settings.rules')}</h3>
        <ErrorText error={rules.error} />
        {rules.data?.map((r) => (
          <NotificationRuleForm key={`${r.type}:${r.source}`} rule={r} onSubmit={saveRule} />
        ))}
      </section>
      <section aria-label={t('settings.templates')}>
        <ErrorText error={templates.error} />
        {templates.data && (
          <TemplateForm templates={templates.data} onPreview={preview} onSubmit={saveTemplate} />
        )}
      </section>
    </>
  );
}
