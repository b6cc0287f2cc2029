import enAdmin from './en/admin.json';
import enAudit from './en/audit.json';
import enAuth from './en/auth.json';
import enCatalog from './en/catalog.json';
import enCommon from './en/common.json';
import enCouncils from './en/councils.json';
import enDomains from './en/domains.json';
import enEnums from './en/enums.json';
import enGlossary from './en/glossary.json';
import enIssues from './en/issues.json';
import enMaturity from './en/maturity.json';
import enMdm from './en/mdm.json';
import enMdmPolicy from './en/mdm-policy.json';
import enMetrics from './en/metrics.json';
import enOrgUnits from './en/org-units.json';
import enOverview from './en/overview.json';
import enPeople from './en/people.json';
import enPolicies from './en/policies.json';
import enProgram from './en/program.json';
import enQuality from './en/quality.json';
import enResponsibility from './en/responsibility.json';
import enSettings from './en/settings.json';
import enWebhooks from './en/webhooks.json';

/** One namespace per area. A new language is a sibling folder (zh-CN/) with the same files, listed here. */
export const resources = {
  en: {
    common: enCommon,
    enums: enEnums,
    auth: enAuth,
    overview: enOverview,
    people: enPeople,
    orgUnits: enOrgUnits,
    domains: enDomains,
    councils: enCouncils,
    responsibility: enResponsibility,
    settings: enSettings,
    admin: enAdmin,
    audit: enAudit,
    glossary: enGlossary,
    catalog: enCatalog,
    issues: enIssues,
    quality: enQuality,
    webhooks: enWebhooks,
    mdm: enMdm,
    mdmPolicy: enMdmPolicy,
    program: enProgram,
    maturity: enMaturity,
    metrics: enMetrics,
    policies: enPolicies,
  },
} as const;

export type Language = keyof typeof resources;
export const defaultNamespace = 'common';
export const namespaces = Object.keys(resources.en) as (keyof (typeof resources)['en'])[];
