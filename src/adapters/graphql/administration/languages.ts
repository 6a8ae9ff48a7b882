// ISO 639-1 codes the `languages` query answers, named in English by the runtime's ICU data.
const CODES =
  'aa ab af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'.split(
    ' ',
  );

const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

export const LANGUAGES: readonly { code: string; name: string }[] = CODES.map((code) => ({ code, name: names.of(code) ?? code }));

/** All languages, or those of `codes` (unknown codes are left out). */
export function languages(codes: (string | null)[] | null | undefined): { code: string; name: string }[] {
  if (!codes) return LANGUAGES.map((l) => ({ ...l }));
  const wanted = new Set(codes.filter((c): c is string => !!c).map((c) => c.toLowerCase()));
  return LANGUAGES.filter((l) => wanted.has(l.code)).map((l) => ({ ...l }));
}
