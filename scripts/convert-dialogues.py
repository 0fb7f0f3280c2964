# One-off (issue 14): turns a module's '> Speaker: "…"' dialogue blocks into <Dialogue>/<Line> components.
# Usage: python3 scripts/convert-dialogues.py src/content/modules/<lang>/<track>/<slug>.mdx …
import re,sys
roles={
 'en':{'Agent':('agent',None),'Caller':('caller',None),'Narrator':('narrator',None)},
 'fr':{'Conseiller':('agent',None),'Conseillère':('agent','Conseillère\u00a0:'),'Client':('caller',None),'Cliente':('caller','Cliente\u00a0:')},
 'it':{'Operatore':('agent',None),'Operatrice':('agent','Operatrice:'),'Cliente':('caller',None)},
}
def convert(path, lang):
    text=open(path).read()
    head,sep,body=text.partition('\n---\n')
    lines=body.split('\n'); out=[]; i=0; n=0
    pat=re.compile(r'^> ?([A-ZÀ-Ýa-zà-ÿ]+)\s?\u00a0?:\s?(.*)$')
    while i<len(lines):
        m=pat.match(lines[i])
        if m and m.group(1) in roles[lang]:
            block=[]
            while i<len(lines) and pat.match(lines[i]) and pat.match(lines[i]).group(1) in roles[lang]:
                mm=pat.match(lines[i]); who,name=roles[lang][mm.group(1)]
                attr=f' name="{name}"' if name else ''
                block.append(f'<Line who="{who}"{attr}>{mm.group(2).strip()}</Line>')
                i+=1
            out.append('<Dialogue>'); out+=block; out.append('</Dialogue>'); n+=1
        else:
            out.append(lines[i]); i+=1
    open(path,'w').write(head+sep+'\n'.join(out))
    return n
for p in sys.argv[1:]:
    lang=p.split('/modules/')[1].split('/')[0]
    print(p, convert(p,lang))
