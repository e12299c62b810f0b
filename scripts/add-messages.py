"""Adds UI messages to both locales at once: python3 scripts/add-messages.py keys.json
keys.json: {"key": {"en": "...", "es": "...", "description": "..."}}; $P1$ → a placeholder."""
import json, sys
new = json.load(open(sys.argv[1]))
for lang in ['en', 'es']:
    path = f'public/_locales/{lang}/messages.json'
    data = json.load(open(path))
    for key, v in new.items():
        entry = {'message': v[lang]}
        if v.get('description'): entry['description'] = v['description']
        n = sum(1 for i in range(1, 4) if f'$P{i}$' in v['en'])
        if n: entry['placeholders'] = {f'p{i}': {'content': f'${i}'} for i in range(1, n + 1)}
        data[key] = entry
    open(path, 'w').write(json.dumps(data, indent=2, ensure_ascii=False) + '\n')
