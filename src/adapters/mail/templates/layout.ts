import type { MailLocale } from './types.js';

// Shared HTML frame. `content` is the already-rendered (and escaped) body of the template,
// hence the only triple-stash; everything else goes through handlebars escaping.
export const layoutHtml = `<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{subject}}</title>
</head>
<body style="margin:0;padding:0;background:#f4f4f7;font-family:Helvetica,Arial,sans-serif;color:#1e1e2e;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f7;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:8px;">
<tr><td style="padding:20px 32px;border-bottom:1px solid #e8e8ee;font-size:20px;font-weight:bold;">
<a href="{{baseUrl}}" style="color:#1e1e2e;text-decoration:none;">{{instanceName}}</a>
</td></tr>
<tr><td style="padding:24px 32px;font-size:16px;line-height:1.5;">
{{{content}}}
</td></tr>
<tr><td style="padding:16px 32px;border-top:1px solid #e8e8ee;font-size:12px;color:#6b6b80;">
{{footer}} <a href="{{baseUrl}}" style="color:#6b6b80;">{{instanceName}}</a>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;

export const layoutStrings: Record<MailLocale, { footer: string; textFooter: string }> = {
  en: {
    footer: 'This is an automatic message from',
    textFooter: '-- \nThis is an automatic message from {{instanceName}} ({{baseUrl}}).',
  },
  fr: {
    footer: 'Ceci est un message automatique de',
    textFooter: '-- \nCeci est un message automatique de {{instanceName}} ({{baseUrl}}).',
  },
};

// The call-to-action button used by templates with a link (a partial: `{{> button url=... label=...}}`).
export const buttonPartial = `<p style="margin:24px 0;"><a href="{{url}}" style="display:inline-block;padding:12px 24px;background:#3c376e;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold;">{{label}}</a></p>
<p style="font-size:13px;color:#6b6b80;word-break:break-all;">{{fallback}}<br><a href="{{url}}" style="color:#3c376e;">{{url}}</a></p>`;
