import type { DemoPerson } from './demo-people';

// The development provider's sign-in page: pick one of the demo people. Plain semantic HTML
// (a form, a fieldset, one button per person) that works without JavaScript and at 360 px.

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export function signInPage(action: string, people: readonly DemoPerson[]): string {
  const rows = people
    .map(
      (p) => `<li>
  <button type="submit" name="person" value="${escape(p.id)}">
    <strong>${escape(p.name)}</strong>
    <span>${escape(p.roles.join(', '))}${p.unitId ? ` · ${escape(p.unitId)}` : ''}</span>
    ${p.about ? `<span lang="id">${escape(p.about.id)}</span><span lang="en">${escape(p.about.en)}</span>` : ''}
  </button>
</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Masuk · Jenjang (pengembangan)</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0;padding:1rem;color:#1a1a1a;background:#f6f7f9}
main{max-width:40rem;margin:0 auto}
h1{font-size:1.5rem}
ul{list-style:none;padding:0;margin:0;display:grid;gap:.5rem}
button{width:100%;text-align:left;padding:.75rem 1rem;border:1px solid #5b6470;border-radius:.5rem;background:#fff;color:#1a1a1a;font:inherit;cursor:pointer;display:grid;gap:.125rem}
button:hover,button:focus-visible{border-color:#0b5cad;outline:3px solid #0b5cad;outline-offset:1px}
span{color:#444;font-size:.9rem}
fieldset{border:0;padding:0;margin:0}
legend{font-weight:600;margin-bottom:.5rem}
.note{font-size:.9rem;color:#444}
</style>
</head>
<body>
<main>
<h1>Masuk ke Jenjang <span lang="en">(sign in)</span></h1>
<p class="note">Penyedia identitas pengembangan: pilih salah satu orang demo. <span lang="en">Development identity provider: pick one of the demo people.</span></p>
<form method="post" action="${escape(action)}">
<fieldset>
<legend>Orang demo / demo people</legend>
<ul>
${rows}
</ul>
</fieldset>
</form>
</main>
</body>
</html>`;
}
