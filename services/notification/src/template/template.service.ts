import { Inject, Injectable } from '@nestjs/common';
import { contractForTopic } from '@jenjang/contracts';
import type { AgencyScope } from '@jenjang/persistence';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config/notification.config';
import { RuleService } from '../rule/rule.service';
import { InvalidInputError } from '../shared/invalid-input.error';
import { DEFAULT_TEMPLATES } from './domain/default-templates';
import type { Language } from './domain/labels';
import type { NotificationTemplate, TemplateChannel } from './domain/template';
import { renderTemplate, tidy } from './domain/template-render';
import { parseTemplate, type TemplateNode } from './domain/template-syntax';
import { templateProblems } from './domain/template-validation';
import { TemplateRepository } from './template.repository';

export interface EffectiveTemplate extends NotificationTemplate {
  source: 'DEFAULT' | 'AGENCY';
}

export interface ParsedTemplate {
  source: NotificationTemplate;
  subject: TemplateNode[];
  body: TemplateNode[];
}

// The example's dates read as in the province's own zone (WIB).
const PREVIEW_TIME_ZONE = 'Asia/Jakarta';

const keyOf = (t: Pick<NotificationTemplate, 'type' | 'language' | 'channel'>) =>
  `${t.type}:${t.language}:${t.channel}`;

@Injectable()
export class TemplateService {
  private readonly parsed = new Map<string, ParsedTemplate>();

  constructor(
    private readonly templates: TemplateRepository,
    private readonly rules: RuleService,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
  ) {}

  async effective(scope: AgencyScope, type?: string): Promise<EffectiveTemplate[]> {
    const byKey = new Map<string, EffectiveTemplate>();
    for (const t of DEFAULT_TEMPLATES) {
      if (!type || t.type === type) byKey.set(keyOf(t), { ...t, source: 'DEFAULT' });
    }
    for (const t of await this.templates.ofAgency(scope, type)) {
      const { updatedAt: _at, updatedBy: _by, ...template } = t;
      byKey.set(keyOf(t), { ...template, source: 'AGENCY' });
    }
    return [...byKey.values()];
  }

  /**
   * The wording for a notice: the agency's or the platform's, in the recipient's language, else
   * in Bahasa Indonesia; the in-app text stands in for a channel without its own.
   */
  async resolve(
    scope: AgencyScope,
    type: string,
    language: Language,
    channel: TemplateChannel,
  ): Promise<ParsedTemplate | undefined> {
    const all = await this.effective(scope, type);
    const choice =
      all.find((t) => t.language === language && t.channel === channel) ??
      all.find((t) => t.language === 'id' && t.channel === channel) ??
      all.find((t) => t.language === language && t.channel === 'IN_APP') ??
      all.find((t) => t.language === 'id' && t.channel === 'IN_APP');
    if (!choice) return undefined;
    const cacheKey = `${choice.subject}\u0000${choice.body}`;
    let parsed = this.parsed.get(cacheKey);
    if (!parsed) {
      parsed = {
        source: choice,
        subject: parseTemplate(choice.subject),
        body: parseTemplate(choice.body),
      };
      if (this.parsed.size > 500) this.parsed.clear();
      this.parsed.set(cacheKey, parsed);
    }
    return parsed;
  }

  /** Saves the agency's wording after checking every variable against the event's schema. */
  async save(scope: AgencyScope, agencyId: string, t: NotificationTemplate, by: string) {
    await this.checked(scope, t);
    const saved = await this.templates.save(scope, agencyId, t, by);
    return { ...saved, source: 'AGENCY' as const };
  }

  /**
   * The wording as a notice would read, rendered with the event contract's example payload;
   * checked like a save (422 per field) and stored nowhere.
   */
  async preview(scope: AgencyScope, t: NotificationTemplate) {
    const contract = await this.checked(scope, t);
    const ctx = {
      language: t.language,
      portalUrl: this.config.PORTAL_URL,
      timeZone: PREVIEW_TIME_ZONE,
    };
    return {
      type: t.type,
      language: t.language,
      channel: t.channel,
      eventTopic: contract.topic,
      subject: tidy(renderTemplate(parseTemplate(t.subject), contract.example, ctx)).replace(
        /\s+/g,
        ' ',
      ),
      body: tidy(renderTemplate(parseTemplate(t.body), contract.example, ctx)),
    };
  }

  // The event contract the template renders; refused (422) with each field's problems.
  private async checked(scope: AgencyScope, t: NotificationTemplate) {
    const rule = await this.rules.find(scope, t.type);
    const contract = rule ? contractForTopic(rule.eventTopic) : undefined;
    if (!rule || !contract) {
      throw new InvalidInputError('UNKNOWN_NOTIFICATION_TYPE', [
        {
          field: 'type',
          message: {
            en: `No rule of type ${t.type} reacts to an event on the platform.`,
            id: `Tidak ada aturan bertipe ${t.type} yang menanggapi event di platform.`,
          },
        },
      ]);
    }
    const problems = templateProblems(t, contract.schema);
    if (problems.length > 0) throw new InvalidInputError('INVALID_TEMPLATE', problems);
    return contract;
  }
}
