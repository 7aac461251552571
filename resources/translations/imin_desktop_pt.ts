<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name></name>
    <message>
        <location filename="../../imin_desktop/domain/consolidation/as_json.py" line="+23"/>
        <source>a statistic is not a finite number</source>
        <translation>uma estatística não é um número finito</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>null where the panel has recorded no decision</source>
        <translation>null onde o júri não registou decisão</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/domain/consolidation/design.py" line="+124"/>
        <source>{what} {id!r} is listed twice</source>
        <translation>{what} {id!r} aparece duas vezes</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>submission</source>
        <translation>candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>juror</source>
        <translation>jurado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a review names an unknown submission {id!r}</source>
        <translation>uma avaliação refere uma candidatura desconhecida {id!r}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a review names an unknown juror {id!r}</source>
        <translation>uma avaliação refere um jurado desconhecido {id!r}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>juror {juror!r} has two counted reviews of {submission!r}</source>
        <translation>o jurado {juror!r} tem duas avaliações contadas de {submission!r}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the review of {submission!r} by {juror!r} does not score exactly the rubric&apos;s criteria</source>
        <translation>a avaliação de {submission!r} por {juror!r} não pontua exatamente os critérios da grelha de avaliação</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/domain/consolidation/engine.py" line="+109"/>
        <source>shares no submission with another juror: leniency cannot be estimated</source>
        <translation>não partilha nenhuma candidatura com outro jurado: a benevolência não pode ser estimada</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+109"/>
        <source>no counted reviews</source>
        <translation>sem avaliações contadas</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>the jurors form {n} groups that share no submission; leniency and adjusted values are comparable only within a group</source>
        <translation>os jurados formam {n} grupos que não partilham nenhuma candidatura; a benevolência e os valores ajustados só são comparáveis dentro de cada grupo</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>unknown method {method!r}</source>
        <translation>método desconhecido {method!r}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>top_k must be at least 1 and draws at least 0</source>
        <translation>top_k tem de ser pelo menos 1 e as repetições pelo menos 0</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Consolidating: {method}</source>
        <translation>A consolidar: {method}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reliability</source>
        <translation>Fiabilidade</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rank stability</source>
        <translation>Estabilidade das posições</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rank stability not computed (0 bootstrap draws)</source>
        <translation>estabilidade das posições não calculada (0 repetições do bootstrap)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>no counted reviews: total, criteria, spread, passes, rank interval and P(top k) are missing; ranked after every reviewed submission</source>
        <translation>sem avaliações contadas: faltam o total, os critérios, a amplitude, os limiares, o intervalo da posição e P(top k); fica depois de todas as candidaturas avaliadas</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/domain/consolidation/ranking.py" line="+116"/>
        <source>tie-break key {key!r} names no criterion of the rubric</source>
        <translation>a chave de desempate {key!r} não corresponde a nenhum critério da grelha de avaliação</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/domain/consolidation/reliability.py" line="+71"/>
        <source>no submission has two or more counted reviews to compare</source>
        <translation>nenhuma candidatura tem duas ou mais avaliações contadas para comparar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every counted value is the same: there is no variation to agree on</source>
        <translation>todos os valores contados são iguais: não há variação sobre a qual concordar</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+26"/>
        <source>undefined: the variance it divides by is zero</source>
        <translation>indefinido: a variância pela qual divide é zero</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>undefined: every juror gave all these submissions the same value</source>
        <translation>indefinido: cada jurado deu o mesmo valor a todas estas candidaturas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fewer than two jurors have counted reviews</source>
        <translation>menos de dois jurados têm avaliações contadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rows} submission(s) were reviewed by all {k} jurors; at least two are needed</source>
        <translation>candidaturas avaliadas pelos {k} jurados: {rows}; são precisas pelo menos duas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{reason}; with {per} counted reviews on every submission only the one-way ICC(1,1) and ICC(1,k) are computed</source>
        <translation>{reason}; com {per} avaliações contadas em cada candidatura só se calculam o ICC(1,1) e o ICC(1,k) de um fator</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{reason}, and the submissions do not all have the same number (two or more) of counted reviews for a one-way ICC</source>
        <translation>{reason}, e as candidaturas não têm todas o mesmo número (dois ou mais) de avaliações contadas para um ICC de um fator</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/formats/archive.py" line="+94"/>
        <source>file not found</source>
        <translation>ficheiro não encontrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a folder, not a file</source>
        <translation>é uma pasta, não um ficheiro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a zip archive, or a damaged one ({detail})</source>
        <translation>não é um ficheiro zip, ou está danificado ({detail})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be read as a zip archive ({detail})</source>
        <translation>não pode ser lido como ficheiro zip ({detail})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an archive member has an empty name</source>
        <translation>um membro do ficheiro zip tem o nome vazio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name holds control characters</source>
        <translation>o nome contém carateres de controlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name holds a backslash; archive paths use &apos;/&apos;</source>
        <translation>o nome contém uma barra invertida; os caminhos no zip usam &apos;/&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>absolute path: archive members must stay inside the archive</source>
        <translation>caminho absoluto: os membros do zip têm de ficar dentro dele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>path with a drive letter: archive members must stay inside the archive</source>
        <translation>caminho com letra de unidade: os membros do zip têm de ficar dentro dele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>path with &apos;..&apos;: archive members must stay inside the archive</source>
        <translation>caminho com &apos;..&apos;: os membros do zip têm de ficar dentro dele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the path has an empty or &apos;.&apos; component</source>
        <translation>o caminho tem um componente vazio ou &apos;.&apos;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>symbolic links are not accepted in archives</source>
        <translation>não são aceites ligações simbólicas no zip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a regular file (a device, pipe or socket entry)</source>
        <translation>não é um ficheiro normal (é um dispositivo, pipe ou socket)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>password-protected archive members are not accepted</source>
        <translation>não são aceites membros do zip protegidos por palavra-passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>compressed with method {method}, which this program cannot read</source>
        <translation>comprimido com o método {method}, que este programa não consegue ler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expands to {size} bytes, more than the limit of {limit} per file</source>
        <translation>descomprime para {size} bytes, mais do que o limite de {limit} por ficheiro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>compression ratio {ratio}:1 is above the limit of {limit}:1 (a possible zip bomb)</source>
        <translation>a taxa de compressão {ratio}:1 excede o limite de {limit}:1 (possível bomba zip)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the archive holds {count} entries, more than the limit of {limit}</source>
        <translation>o zip tem {count} entradas, mais do que o limite de {limit}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the archive holds two members with this name</source>
        <translation>o zip tem dois membros com este nome</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the archive expands to more than the limit of {limit} bytes in all</source>
        <translation>o zip descomprime para mais do que o limite total de {limit} bytes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>is {size} bytes, more than the limit of {limit}</source>
        <translation>tem {size} bytes, mais do que o limite de {limit}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>damaged archive member ({detail})</source>
        <translation>membro do zip danificado ({detail})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>damaged archive member (its size differs from the directory)</source>
        <translation>membro do zip danificado (o tamanho difere do índice)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>expected base64 text</source>
        <translation>esperava-se texto em base64</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected {lo}–{hi} bytes, found {n}</source>
        <translation>esperavam-se {lo}–{hi} bytes, encontrados {n}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>expected a whole number from {lo} to {hi}</source>
        <translation>esperava-se um número inteiro de {lo} a {hi}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a sealed file</source>
        <translation>não é um ficheiro selado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the encryption header line is missing or too long</source>
        <translation>a linha de cabeçalho da cifra falta ou é demasiado longa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown key derivation; expected scrypt</source>
        <translation>derivação de chave desconhecida; esperava-se scrypt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown cipher; expected AES-256-GCM</source>
        <translation>cifra desconhecida; esperava-se AES-256-GCM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a power of two</source>
        <translation>tem de ser uma potência de dois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key derivation asks for more memory or time than allowed</source>
        <translation>a derivação da chave pede mais memória ou tempo do que o permitido</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>wrong passphrase (or the {what} is damaged)</source>
        <translation>frase-passe errada (ou o {what} está danificado)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>ficheiro</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/formats/kit.py" line="+165"/>
        <source>expected 64 lowercase hex digits</source>
        <extracomment>Media types already compressed: stored as they are (deflating them again costs time).</extracomment>
        <translation>esperavam-se 64 dígitos hexadecimais em minúsculas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a whole number of bytes</source>
        <translation>esperava-se um número inteiro de bytes</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>has no canonical JSON form ({exc})</source>
        <translation>não tem forma JSON canónica ({exc})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holds numbers too large or too fine to use</source>
        <translation>contém números demasiado grandes ou demasiado finos para usar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{given} does not match the rubric the kit carries ({computed})</source>
        <translation>{given} não corresponde à grelha de avaliação que o kit traz ({computed})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>submission {sid} appears twice</source>
        <translation>a candidatura {sid} aparece duas vezes</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>missing or changed since the kit was opened</source>
        <translation>falta ou mudou desde que o kit foi aberto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>content changed since the kit was opened</source>
        <translation>o conteúdo mudou desde que o kit foi aberto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is missing: this is not a juror kit</source>
        <translation>falta: isto não é um kit de jurado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file is missing from the kit</source>
        <translation>o ficheiro falta no kit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>size {a} differs from the kit&apos;s {b}</source>
        <translation>o tamanho {a} difere do indicado no kit ({b})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>content does not match its sha256</source>
        <translation>o conteúdo não corresponde ao seu sha256</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>this kit is encrypted: enter the passphrase from the coordinator</source>
        <translation>este kit está cifrado: introduza a frase-passe que o coordenador lhe deu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kit</source>
        <translation>kit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>encrypted juror kit (AES-256-GCM, scrypt n={n}); its content can be checked only with the passphrase</source>
        <translation>kit de jurado cifrado (AES-256-GCM, scrypt n={n}); o conteúdo só pode ser verificado com a frase-passe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>juror kit {kit} for juror {juror} ({name}), event {event}: {subs} submissions, {files} attachment files, rubric {rubric} {hash}{blind}</source>
        <translation>kit {kit} do jurado {juror} ({name}), evento {event}: {subs} candidaturas, {files} ficheiros anexos, grelha de avaliação {rubric} {hash}{blind}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>, blind</source>
        <translation>, anónimo</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/formats/scorefile.py" line="+56"/>
        <source>expected a UTC time like 2026-11-26T16:20:00Z, found {found}</source>
        <translation>esperava-se uma hora UTC como 2026-11-26T16:20:00Z, encontrado {found}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text} is not a real date and time</source>
        <translation>{text} não é uma data e hora válidas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected sha256: followed by 64 lowercase hex digits, found {found}</source>
        <translation>esperava-se sha256: seguido de 64 dígitos hexadecimais em minúsculas, encontrado {found}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the number is too large</source>
        <translation>o número é demasiado grande</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{key} is not a key: keys are 1–64 characters from A–Z a–z 0–9 . _ -</source>
        <translation>{key} não é uma chave: as chaves têm 1–64 carateres de A–Z a–z 0–9 . _ -</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>is {found}; expected draft or final</source>
        <translation>é {found}; esperava-se draft ou final</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected a whole number, found {found}</source>
        <translation>esperava-se um número inteiro, encontrado {found}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a positive whole number</source>
        <translation>tem de ser um número inteiro positivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>more than {n} reviews</source>
        <translation>mais de {n} avaliações</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a second review of {sid} (the first is reviews[{at}])</source>
        <translation>uma segunda avaliação de {sid} (a primeira é reviews[{at}])</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected hmac-sha256: followed by 64 lowercase hex digits</source>
        <translation>esperava-se hmac-sha256: seguido de 64 dígitos hexadecimais em minúsculas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the content has no canonical JSON form, so it cannot be signed ({detail})</source>
        <translation>o conteúdo não tem forma JSON canónica, por isso não pode ser assinado ({detail})</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>rubric_hash: the file was made against another rubric ({found}); the event&apos;s rubric is {expected}</source>
        <translation>rubric_hash: o ficheiro foi feito com outra grelha de avaliação ({found}); a do evento é {expected}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not assigned to this juror</source>
        <translation>não atribuída a este jurado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>score file of juror {juror} for event {event} (kit {kit}), sequence {seq}: {n} reviews ({final} final, {conflicts} conflicts), rubric {rubric}; structure valid; the signature needs the kit&apos;s key and is checked on import</source>
        <translation>ficheiro de pontuação do jurado {juror} para o evento {event} (kit {kit}), sequência {seq}: {n} avaliações ({final} finais, {conflicts} conflitos), grelha de avaliação {rubric}; estrutura válida; a assinatura precisa da chave do kit e é verificada na importação</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/formats/scoresheet.py" line="+68"/>
        <source>score sheet of juror {0} for event {1}: {2} submissions, {3} reviewed ({4} final, {5} conflicts of interest)</source>
        <translation>folha de pontuação do jurado {0} para o evento {1}: {2} candidaturas, {3} avaliadas ({4} finais, {5} conflitos de interesses)</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/formats/scoresheet_layout.py" line="+220"/>
        <source>expected text; the hidden sheet was changed</source>
        <translation>esperava-se texto; a folha oculta foi alterada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the key is given twice</source>
        <translation>a chave aparece duas vezes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a score sheet: no format row</source>
        <translation>não é uma folha de pontuação: não tem a linha de formato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is {0!r}, expected {1!r}</source>
        <translation>é {0!r}, esperava-se {1!r}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>version {0!r} of the score sheet is not known to this program (it reads /{1}); a newer program may have written it</source>
        <translation>a versão {0!r} da folha de pontuação é desconhecida deste programa (lê /{1}); pode ter sido escrita por um programa mais recente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the key {0!r} is missing</source>
        <translation>falta a chave {0!r}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not an identifier</source>
        <translation>não é um identificador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a row number</source>
        <translation>não é um número de linha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a sheet name</source>
        <translation>não é um nome de folha</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the hidden sheet {0!r} was changed: its content no longer matches its integrity hash; send the sheet as it was received, with only the shaded cells filled in</source>
        <translation>a folha oculta {0!r} foi alterada: o conteúdo já não corresponde ao seu hash de integridade; envie a folha como a recebeu, só com as células sombreadas preenchidas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>too many columns</source>
        <translation>demasiadas colunas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a column letter used once</source>
        <translation>não é uma letra de coluna usada uma só vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0!r} is not a column role</source>
        <translation>{0!r} não é uma função de coluna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>does not fit the column role</source>
        <translation>não condiz com a função da coluna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the column is given twice</source>
        <translation>a coluna aparece duas vezes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no single {0!r} column</source>
        <translation>não há uma única coluna {0!r}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no score column</source>
        <translation>não há coluna de pontuação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comment column for an unknown criterion</source>
        <translation>coluna de comentário de um critério desconhecido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is not a scale (min, max, step)</source>
        <translation>não é uma escala (mínimo, máximo, passo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>too many submissions</source>
        <translation>demasiadas candidaturas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a submission id used once</source>
        <translation>não é um id de candidatura usado uma só vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rows are not in order</source>
        <translation>as linhas não estão por ordem</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/formats/scoresheet_read.py" line="+65"/>
        <source> (and {0} more: {1}{2})</source>
        <translation> (e mais {0}: {1}{2})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not an imin score sheet: the workbook has no {0!r} sheet</source>
        <translation>não é uma folha de pontuação do imIN: o livro não tem a folha {0!r}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the workbook has no sheet {0!r}; sheets must not be renamed or removed</source>
        <translation>o livro não tem a folha {0!r}; as folhas não podem mudar de nome nem ser removidas</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not an Excel workbook (.xlsx)</source>
        <translation>não é um livro do Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the workbook expands to more than {0} MiB or {1} parts; a score sheet is far smaller</source>
        <translation>o livro descomprime para mais de {0} MiB ou {1} partes; uma folha de pontuação é muito mais pequena</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a readable Excel workbook (.xlsx): {0}</source>
        <translation>não é um livro do Excel (.xlsx) legível: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a formula where the hidden sheet holds text; the hidden sheet was changed</source>
        <translation>uma fórmula onde a folha oculta tem texto; a folha oculta foi alterada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the sheet was made for another version of the rubric ({0}); the event&apos;s rubric is {1}</source>
        <translation>a folha foi feita para outra versão da grelha de avaliação ({0}); a do evento é {1}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the sheet&apos;s columns do not match the rubric&apos;s criteria and gates</source>
        <translation>as colunas da folha não correspondem aos critérios e às perguntas de elegibilidade da grelha de avaliação</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the column header is {0}, the sheet was written with {1!r}; columns must not be added, moved or removed</source>
        <translation>o cabeçalho da coluna é {0}, a folha foi escrita com {1!r}; as colunas não podem ser acrescentadas, movidas nem removidas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the sheet was written with {0!r} in this locked cell, it now holds {1}; locked cells must not be changed and rows must not be added, moved or removed</source>
        <translation>a folha foi escrita com {0!r} nesta célula bloqueada, que agora tem {1}; as células bloqueadas não podem ser alteradas e as linhas não podem ser acrescentadas, movidas nem removidas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>holds {0} outside the score table; rows and columns must not be added</source>
        <translation>tem {0} fora da tabela de pontuações; não se podem acrescentar linhas nem colunas</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>a submission with a declared conflict of interest carries no scores: empty this cell or set the conflict to no</source>
        <translation>uma candidatura com conflito de interesses declarado não leva pontuações: esvazie esta célula ou ponha o conflito a não</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a final review scores every criterion: pick a score or set the status to draft</source>
        <translation>uma avaliação final pontua todos os critérios: escolha uma pontuação ou ponha o estado em rascunho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the rubric requires a comment on this criterion in a final review</source>
        <translation>a grelha de avaliação exige um comentário a este critério numa avaliação final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a final review answers every yes/no question</source>
        <translation>uma avaliação final responde a todas as perguntas sim/não</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is a formula; type a plain value (text that starts with =, +, - or @ needs an apostrophe &apos; in front)</source>
        <translation>é uma fórmula; escreva um valor simples (um texto que comece por =, +, - ou @ precisa de um apóstrofo &apos; antes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>holds the error value {0}</source>
        <translation>tem o valor de erro {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is true/false, not a number</source>
        <translation>é verdadeiro/falso, não um número</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a finite number</source>
        <translation>não é um número finito</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is text ({0}), not a number; pick a value from the cell&apos;s list</source>
        <translation>é texto ({0}), não um número; escolha um valor da lista da célula</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is a date or time, not a number; pick a value from the cell&apos;s list</source>
        <translation>é uma data ou hora, não um número; escolha um valor da lista da célula</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>is {0}, not text</source>
        <translation>é {0}, não texto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is {0}; expected yes or no</source>
        <translation>é {0}; esperava-se sim ou não</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is {0}; the status is draft or final</source>
        <translation>é {0}; o estado é rascunho ou final</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/app.py" line="+55"/>
        <source>imIN Desktop: score challenge submissions offline.</source>
        <translation>imIN Desktop: avaliar candidaturas a desafios sem ligação à Internet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a juror kit (.iminkit), an event file (.imin) or a score file (.iminscore)</source>
        <translation>um kit de jurado (.iminkit), um ficheiro de evento (.imin) ou um ficheiro de pontuação (.iminscore)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open the event read-only (a manager reading, printing and signing)</source>
        <translation>abrir o evento só para leitura (um responsável que lê, imprime e assina)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add imIN Desktop to your applications menu and its file types to your desktop</source>
        <translation>acrescentar o imIN Desktop ao menu de aplicações e os seus tipos de ficheiro ao ambiente de trabalho</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>remove what --install-desktop-entry added</source>
        <translation>remover o que --install-desktop-entry acrescentou</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>imin-desktop: no display found (DISPLAY is not set). Start it in a desktop session, or use the imin command line.</source>
        <translation>imin-desktop: não foi encontrado nenhum ecrã (DISPLAY não está definido). Inicie-o numa sessão gráfica, ou use a linha de comandos imin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>imin-desktop: the X11 library xcb-cursor is missing; install libxcb-cursor0 (Debian, Ubuntu) or xcb-util-cursor.</source>
        <translation>imin-desktop: falta a biblioteca X11 xcb-cursor; instale libxcb-cursor0 (Debian, Ubuntu) ou xcb-util-cursor.</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/domain/consensus.py" line="+23"/>
        <source>{value} is not a score</source>
        <translation>{value} não é uma pontuação</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the criterion {key!r} needs a comment with its score</source>
        <translation>o critério {key!r} precisa de um comentário com a pontuação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a consensus comment is limited to {n} characters</source>
        <translation>um comentário de consenso está limitado a {n} carateres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>juror {id!r} declared a conflict of interest with this submission</source>
        <translation>o jurado {id!r} declarou um conflito de interesses com esta candidatura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>juror {id!r} is not on this submission&apos;s panel; the rapporteur is one of its assigned jurors ({panel}) or the coordinator</source>
        <translation>o jurado {id!r} não faz parte do painel desta candidatura; o relator é um dos jurados atribuídos ({panel}) ou o coordenador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none assigned</source>
        <translation>nenhum atribuído</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/domain/consolidation/consensus.py" line="+74"/>
        <source>a consensus names an unknown submission {id!r}</source>
        <translation>um consenso refere uma candidatura desconhecida {id!r}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the consensus on {id!r} names {key!r}, which the rubric does not have</source>
        <translation>o consenso sobre {id!r} refere {key!r}, que a grelha de avaliação não tem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>recorded without any counted review: not used until reviews count</source>
        <translation>registado sem nenhuma avaliação contada: não é usado enquanto não houver avaliações contadas</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/cli/argparse_words.py" line="+13"/>
        <source>usage: </source>
        <translation>utilização: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>mostrar esta ajuda e sair</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../imin_desktop/cli/main.py" line="+60"/>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar a versão do programa e sair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: erro: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>faltam os seguintes argumentos obrigatórios: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>é obrigatório um dos argumentos %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos não reconhecidos: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>não é permitido com o argumento %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>argumento explícito ignorado %r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>esperava-se um argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>esperava-se no máximo um argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>esperava-se pelo menos um argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s argument</source>
        <translation>esperava-se %s argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s arguments</source>
        <translation>esperavam-se %s argumentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opção ambígua: %(option)s pode corresponder a %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected option string: %s</source>
        <translation>opção inesperada: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s inválido: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>escolha inválida: %(value)r (escolha entre %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>não é possível abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>comando desconhecido %(parser_name)r (opções: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/cli/commands_consensus.py" line="+33"/>
        <source>{submission} / {criterion}: consensus {score} (version {version})</source>
        <translation>{submission} / {criterion}: consenso {score} (versão {version})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{submission} / {gate}: agreed {answer} (version {version})</source>
        <translation>{submission} / {gate}: resposta acordada {answer} (versão {version})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{submission} / {criterion}: consensus removed (the mean applies)</source>
        <translation>{submission} / {criterion}: consenso removido (aplica-se a média)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{submission_id}: {title}</source>
        <translation>{submission_id}: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>panel: {panel}; consensus complete</source>
        <translation>painel: {panel}; consenso completo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>panel: {panel}; consensus incomplete</source>
        <translation>painel: {panel}; consenso incompleto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{key}: {comment}</source>
        <translation>{key}: {comment}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} (minority view): {minority_view}</source>
        <translation>{key} (posição minoritária): {minority_view}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{file}: {rows} consensus scores recorded for {submissions} submissions</source>
        <translation>{file}: {rows} pontuações de consenso registadas para {submissions} candidaturas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the rapporteur&apos;s agreed scores per submission</source>
        <translation>as pontuações acordadas pelo relator, por candidatura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>record the consensus score of one criterion</source>
        <translation>registar a pontuação de consenso de um critério</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the agreed comment (goes into the letter)</source>
        <translation>o comentário acordado (vai para a carta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a dissenting juror&apos;s view, noted</source>
        <translation>a posição de um jurado discordante, registada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a juror of the submission&apos;s panel (default: the coordinator)</source>
        <translation>um jurado do painel da candidatura (por omissão: o coordenador)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refuse if the record is no longer at this version (0: none yet)</source>
        <translation>recusar se o registo já não estiver nesta versão (0: ainda nenhum)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record the agreed answer to one eligibility gate</source>
        <translation>registar a resposta acordada a uma pergunta de elegibilidade</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>remove the consensus score of one criterion</source>
        <translation>remover a pontuação de consenso de um critério</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every counted review beside the consensus</source>
        <translation>todas as avaliações contadas ao lado do consenso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a .csv/.xlsx, one row per submission × criterion, recorded whole or not at all</source>
        <translation>um .csv/.xlsx, uma linha por candidatura × critério, registado por inteiro ou nada</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/cli/commands_event.py" line="+37"/>
        <source>created event {title!r} at {location} (rubric {rubric_id}, {rubric_hash})</source>
        <translation>evento {title!r} criado em {location} (grelha de avaliação {rubric_id}, {rubric_hash})</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>imported {total} submission(s): {n_added} added, {n_replaced} replaced, {n_unchanged} unchanged; {blobs_stored} attachment file(s) stored ({bytes_stored} bytes)</source>
        <translation>candidaturas importadas: {total} ({n_added} acrescentadas, {n_replaced} substituídas, {n_unchanged} sem alterações); ficheiros anexos guardados: {blobs_stored} ({bytes_stored} bytes)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>juror {id} added</source>
        <translation>jurado {id} acrescentado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>juror {id} already present</source>
        <translation>o jurado {id} já existe</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>conflict {juror} / {submission} recorded</source>
        <translation>conflito {juror} / {submission} registado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict {juror} / {submission} already recorded</source>
        <translation>o conflito {juror} / {submission} já estava registado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>create and describe events</source>
        <translation>criar e descrever eventos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create a new event file</source>
        <translation>criar um novo ficheiro de evento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hide teams from jurors</source>
        <translation>ocultar as equipas aos jurados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a submission field hidden from jurors in a blind event (repeatable)</source>
        <translation>um campo da candidatura oculto aos jurados num evento anónimo (repetível)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counts, rubric and status</source>
        <translation>contagens, grelha de avaliação e estado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import and list submissions</source>
        <translation>importar e listar candidaturas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import packages, folders, batches or listings (all or none)</source>
        <translation>importar pacotes, pastas, lotes ou listagens (tudo ou nada)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replace changed submissions with the same id</source>
        <translation>substituir as candidaturas alteradas com o mesmo id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list the event&apos;s submissions</source>
        <translation>listar as candidaturas do evento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add, import and list jurors</source>
        <translation>acrescentar, importar e listar jurados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add one juror</source>
        <translation>acrescentar um jurado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add jurors from a .csv or .xlsx list (id, name, email)</source>
        <translation>acrescentar jurados a partir de uma lista .csv ou .xlsx (id, nome, e-mail)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list the event&apos;s jurors</source>
        <translation>listar os jurados do evento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>declare conflicts of interest</source>
        <translation>declarar conflitos de interesses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declare that a juror has a conflict with a submission</source>
        <translation>declarar que um jurado tem um conflito com uma candidatura</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/cli/commands_export.py" line="+34"/>
        <source>aggregation method (default: mean)</source>
        <translation>método de agregação (por omissão: média)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../imin_desktop/cli/commands_logistics.py" line="+161"/>
        <location filename="../../imin_desktop/cli/commands_setup.py" line="+57"/>
        <source>language of the document (default: the interface language)</source>
        <translation>língua do documento (por omissão: a da interface)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path}: consolidated workbook (method {method}, {lang})</source>
        <translation>{path}: livro consolidado (método {method}, {lang})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the consolidated results as a spreadsheet</source>
        <translation>os resultados consolidados como folha de cálculo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>consolidated workbook: ranking, reviews, criteria, matrix, methods, jurors, reliability, rubric, audit</source>
        <translation>livro consolidado: classificação, avaliações, critérios, matriz, métodos, jurados, fiabilidade, grelha de avaliação, auditoria</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/cli/commands_juror.py" line="+50"/>
        <source>juror {juror_id} ({juror_name}), event {event_title}</source>
        <translation>jurado {juror_id} ({juror_name}), evento {event_title}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{done} of {total} done, {in_progress} in progress, {conflicts} conflict(s)</source>
        <translation>{done} de {total} concluídas, {in_progress} em curso, {conflicts} conflito(s)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{value!r} is not a number</source>
        <translation>{value!r} não é um número</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{submission} {criterion} = {value}</source>
        <translation>{submission} {criterion} = {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{submission}: comment saved</source>
        <translation>{submission}: comentário guardado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{submission} {gate}: {answer}</source>
        <translation>{submission} {gate}: {answer}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{submission}: conflict of interest withdrawn</source>
        <translation>{submission}: conflito de interesses retirado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{submission}: conflict of interest declared</source>
        <translation>{submission}: conflito de interesses declarado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{submission}: done</source>
        <translation>{submission}: concluída</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{submission}: back to draft</source>
        <translation>{submission}: de volta a rascunho</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>wrote {path} (sequence {sequence}): {done} done, {drafts} draft(s), {conflicts} conflict(s), {not_started} not started</source>
        <translation>gravado {path} (sequência {sequence}): {done} concluída(s), {drafts} rascunho(s), {conflicts} conflito(s), {not_started} por iniciar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>note: only reviews marked done count in the results</source>
        <translation>nota: só as avaliações marcadas como concluídas contam para os resultados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>score from a kit without the GUI</source>
        <translation>avaliar a partir de um kit sem a interface gráfica</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>open the kit and show the assigned submissions</source>
        <translation>abrir o kit e mostrar as candidaturas atribuídas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set a score (VALUE &apos;-&apos; clears it)</source>
        <translation>definir uma pontuação (VALOR &apos;-&apos; apaga-a)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the overall comment, or a criterion&apos;s with --criterion</source>
        <translation>o comentário geral, ou o de um critério com --criterion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answer a yes/no question of the rubric</source>
        <translation>responder a uma pergunta sim/não da grelha de avaliação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>declare a conflict of interest (clears the scores)</source>
        <translation>declarar um conflito de interesses (apaga as pontuações)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mark a complete review as done</source>
        <translation>marcar uma avaliação completa como concluída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>put a review back to draft</source>
        <translation>repor uma avaliação em rascunho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the signed score file (next sequence) into a folder</source>
        <translation>gravar o ficheiro de pontuação assinado (sequência seguinte) numa pasta</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/cli/commands_logistics.py" line="-125"/>
        <source>{path}: cannot read the passphrase file ({strerror})</source>
        <translation>{path}: não é possível ler o ficheiro da frase-passe ({strerror})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: the passphrase file is empty</source>
        <translation>{path}: o ficheiro da frase-passe está vazio</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{pair!r}: write JUROR:SUBMISSION</source>
        <translation>{pair!r}: escreva JURADO:CANDIDATURA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>assigned {submission} to {juror}</source>
        <translation>{submission} atribuída a {juror}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unassigned {submission} from {juror}</source>
        <translation>{submission} deixou de estar atribuída a {juror}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{n_issued} kit(s) written to {out}</source>
        <translation>kits gravados em {out}: {n_issued}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n_written} score sheet(s) written to {out}</source>
        <translation>folhas de pontuação gravadas em {out}: {n_written}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>assign submissions to jurors (balanced, connected)</source>
        <translation>atribuir candidaturas aos jurados (equilibrado, ligado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jurors per submission</source>
        <translation>jurados por candidatura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N submissions every juror reviews (a shared anchor)</source>
        <translation>N candidaturas que todos os jurados avaliam (uma âncora comum)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redo existing assignments</source>
        <translation>refazer as atribuições existentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>juror kits</source>
        <translation>kits de jurado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one kit per juror</source>
        <translation>um kit por jurado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>encrypt the kits with this passphrase</source>
        <translation>cifrar os kits com esta frase-passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this juror (repeatable)</source>
        <translation>só este jurado (repetível)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel score sheets</source>
        <translation>folhas de pontuação Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one Excel score sheet per juror</source>
        <translation>uma folha de pontuação Excel por jurado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>merge score files and sheets</source>
        <translation>juntar ficheiros e folhas de pontuação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import score files and filled score sheets, any order</source>
        <translation>importar ficheiros de pontuação e folhas de pontuação preenchidas, por qualquer ordem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>coverage per juror and per submission</source>
        <translation>cobertura por jurado e por candidatura</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/cli/commands_report.py" line="+29"/>
        <source>wrote the final evaluation summary of {only} to {out} (method {method}, {lang})</source>
        <translation>resumo de avaliação final de {only} gravado em {out} (método {method}, {lang})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote the draft evaluation summary of {only} to {out} (method {method}, {lang})</source>
        <translation>rascunho do resumo de avaliação de {only} gravado em {out} (método {method}, {lang})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wrote the final decision report to {out} (method {method}, {lang})</source>
        <translation>relatório de decisão final gravado em {out} (método {method}, {lang})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrote the draft decision report to {out} (method {method}, {lang})</source>
        <translation>rascunho do relatório de decisão gravado em {out} (método {method}, {lang})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the decision report as a PDF to print and sign</source>
        <translation>o relatório de decisão em PDF para imprimir e assinar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decision report (A4): summary, ranking, decisions, one evaluation summary per submission, method, audit, signatures</source>
        <translation>relatório de decisão (A4): resumo, classificação, decisões, um resumo de avaliação por candidatura, método, auditoria, assinaturas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the version for signature (no DRAFT watermark)</source>
        <translation>a versão para assinatura (sem a marca de água RASCUNHO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this submission&apos;s evaluation summary, to send to its applicant</source>
        <translation>só o resumo de avaliação desta candidatura, para enviar ao candidato</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/cli/commands_results.py" line="+36"/>
        <source>{event_title}: method {method}, {draws} bootstrap draws (seed {seed}), top {top_k}</source>
        <translation>{event_title}: método {method}, {draws} repetições do bootstrap (semente {seed}), top {top_k}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>reliability of totals: Krippendorff&apos;s alpha (interval) {alpha}, ICC(2,1) {icc}, Kendall&apos;s W {w}</source>
        <translation>fiabilidade dos totais: alfa de Krippendorff (intervalar) {alpha}, ICC(2,1) {icc}, W de Kendall {w}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>note: {path}: {message}</source>
        <translation>nota: {path}: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>note: {n_per_criterion} per-criterion reliability figure(s) could not be computed; see --json for each reason</source>
        <translation>nota: não foi possível calcular {n_per_criterion} indicador(es) de fiabilidade por critério; veja --json para cada motivo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{submission}: {outcome} (decision version {version})</source>
        <translation>{submission}: {outcome} (versão da decisão {version})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>consolidated results</source>
        <translation>resultados consolidados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>number of awards (default: the event&apos;s)</source>
        <translation>número de prémios (por omissão: o do evento)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bootstrap seed (reported)</source>
        <translation>semente do bootstrap (indicada no relatório)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bootstrap draws</source>
        <translation>repetições do bootstrap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>record the panel&apos;s decision on a submission</source>
        <translation>registar a decisão do júri sobre uma candidatura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>order settling an ex aequo rank</source>
        <translation>ordem que desempata uma posição ex aequo</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/cli/commands_server.py" line="+28"/>
        <source>name the event server with --db URL (or IMIN_DB)</source>
        <translation>indique o servidor do evento com --db URL (ou IMIN_DB)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>server ready: database {database} at schema {revision}</source>
        <translation>servidor pronto: base de dados {database} no esquema {revision}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>groups: {coordinator_group}, {manager_group}, {juror_group}</source>
        <translation>grupos: {coordinator_group}, {manager_group}, {juror_group}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no event yet: imin event new --db URL ... or imin event push EVENT.imin --db URL</source>
        <translation>ainda sem evento: imin event new --db URL ... ou imin event push EVENT.imin --db URL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>juror {juror} logs in as {role} (group {group})</source>
        <translation>o jurado {juror} entra como {role} (grupo {group})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{kind} logs in as {role} (group {group})</source>
        <translation>{kind} entra como {role} (grupo {group})</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>a PostgreSQL event server: schema, roles, policies (with --db URL)</source>
        <translation>um servidor de eventos PostgreSQL: esquema, funções, políticas (com --db URL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create the schema, the roles and the row-level policies</source>
        <translation>criar o esquema, as funções e as políticas por linha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a juror&apos;s login: sees and scores only their own work</source>
        <translation>o acesso de um jurado: vê e pontua só o seu próprio trabalho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>login name (default: DATABASE_JUROR)</source>
        <translation>nome de acesso (por omissão: BASEDEDADOS_JUROR)</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/cli/commands_setup.py" line="-35"/>
        <source>{path}: refused: no such file or folder</source>
        <translation>{path}: recusado: o ficheiro ou pasta não existe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: refused: not a file imIN Desktop knows (rubric, submission package or listing, kit, score file, score sheet)</source>
        <translation>{path}: recusado: não é um ficheiro que o imIN Desktop conheça (grelha de avaliação, pacote ou listagem de candidaturas, kit, ficheiro de pontuação, folha de pontuação)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path}: refused ({name}): {exc}</source>
        <translation>{path}: recusado ({name}): {exc}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: valid {name}: {summary}</source>
        <translation>{path}: {name} válido: {summary}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>build a complete demo event headless</source>
        <translation>construir um evento de demonstração completo sem interface gráfica</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check rubric, package, kit, score file or sheet files</source>
        <translation>verificar ficheiros de grelha de avaliação, pacote, kit, ficheiro ou folha de pontuação</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/cli/main.py" line="-3"/>
        <source>imIN Desktop: evaluation of challenge submissions from the command line.</source>
        <translation>imIN Desktop: avaliação de candidaturas a desafios a partir da linha de comandos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>language of messages and help (default: IMIN_LANG, then the system&apos;s)</source>
        <translation>língua das mensagens e da ajuda (por omissão: IMIN_LANG, depois a do sistema)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use this database URL instead of an EVENT file (or IMIN_DB)</source>
        <translation>usar este URL de base de dados em vez de um ficheiro de EVENTO (ou IMIN_DB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name recorded in the audit trail (default: your user)</source>
        <translation>nome registado na auditoria (por omissão: o seu utilizador)</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+3"/>
        <source>imin: refused: {exc}</source>
        <translation>imin: recusado: {exc}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imin: cancelled; nothing was changed</source>
        <translation>imin: cancelado; nada foi alterado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imin: interrupted; nothing was changed</source>
        <translation>imin: interrompido; nada foi alterado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>imin: internal error ({kind}: {exc}). Nothing was changed. Details were written to {log}</source>
        <translation>imin: erro interno ({kind}: {exc}). Nada foi alterado. Os detalhes foram gravados em {log}</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/services/juror.py" line="+246"/>
        <source>{id}: you declared a conflict of interest; withdraw it to score</source>
        <translation>{id}: declarou um conflito de interesses; retire-o para pontuar</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>cannot write {path}: {why}</source>
        <translation>não é possível gravar {path}: {why}</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../imin_desktop/ui/common/about.py" line="+55"/>
        <source>&lt;h3&gt;imIN Desktop {version}&lt;/h3&gt;&lt;p&gt;Evaluation of challenge submissions: offline scoring by jurors, consolidated results, panel decisions and decision reports.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; {licence}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Log file:&lt;/b&gt; {log}&lt;br&gt;&lt;b&gt;Your data (juror workspaces):&lt;/b&gt; {data}&lt;/p&gt;&lt;p&gt;When you ask for support, send the log file with your question.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;imIN Desktop {version}&lt;/h3&gt;&lt;p&gt;Avaliação de candidaturas a desafios: pontuação pelos jurados sem ligação à Internet, resultados consolidados, decisões do júri e relatórios de decisão.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licença:&lt;/b&gt; {licence}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ficheiro de registo:&lt;/b&gt; {log}&lt;br&gt;&lt;b&gt;Os seus dados (áreas de trabalho de jurado):&lt;/b&gt; {data}&lt;/p&gt;&lt;p&gt;Quando pedir apoio, envie o ficheiro de registo com a sua pergunta.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About imIN Desktop</source>
        <translation>Acerca do imIN Desktop</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>User guide</source>
        <translation>Guia do utilizador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user guide is not installed with this copy of imIN Desktop.</source>
        <translation>O guia do utilizador não está instalado com esta cópia do imIN Desktop.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guia do utilizador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About imIN Desktop</source>
        <translation>&amp;Acerca do imIN Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;log folder</source>
        <translation>Abrir a pasta de &amp;registos</translation>
    </message>
</context>
<context>
    <name>AttachmentPage</name>
    <message>
        <location filename="../../imin_desktop/ui/common/attachments.py" line="+99"/>
        <source>Open outside imIN</source>
        <translation>Abrir fora do imIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this file with the computer&apos;s own application</source>
        <translation>Abrir este ficheiro com a aplicação do próprio computador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open with the system application</source>
        <translation>Abrir com a aplicação do sistema</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../imin_desktop/ui/event/people_panels.py" line="+61"/>
        <source>Declare a conflict of interest</source>
        <translation>Declarar um conflito de interesses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Juror</source>
        <translation>&amp;Jurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Submission</source>
        <translation>&amp;Candidatura</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location line="+107"/>
        <source>Declare a conflict…</source>
        <translation>Declarar um conflito…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the selected conflicts</source>
        <translation>Retirar os conflitos selecionados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A juror never receives a submission they have a conflict with. Conflicts declared by a juror in a score file come with it.</source>
        <translation>Um jurado nunca recebe uma candidatura com a qual tenha um conflito. Os conflitos declarados por um jurado num ficheiro de pontuação chegam com esse ficheiro.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>coordinator</source>
        <translation>coordenador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>juror (score file)</source>
        <translation>jurado (ficheiro de pontuação)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Juror</source>
        <translation>Jurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared by</source>
        <translation>Declarado por</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The conflict was not declared</source>
        <translation>O conflito não foi declarado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The conflict was not withdrawn</source>
        <translation>O conflito não foi retirado</translation>
    </message>
</context>
<context>
    <name>CriterionBlock</name>
    <message>
        <location filename="../../imin_desktop/ui/juror/score_widgets.py" line="+352"/>
        <source>Criterion %1: %2</source>
        <translation>Critério %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>weight ×%1</source>
        <translation>peso ×%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weight and shortcut</source>
        <translation>Peso e atalho</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Description of %1</source>
        <translation>Descrição de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score for %1</source>
        <translation>Pontuação de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a value, or type a digit; + and - move by one step; Delete clears</source>
        <translation>Clique num valor ou escreva um algarismo; + e - mudam um passo; Delete apaga</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level descriptors for %1</source>
        <translation>Descritores dos níveis de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comment on %1 (required)</source>
        <translation>Comentário sobre %1 (obrigatório)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment on %1</source>
        <translation>Comentário sobre %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this score? Required to mark as done.</source>
        <translation>Porquê esta pontuação? Obrigatório para marcar como concluída.</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="+81"/>
        <source>Drop a juror kit here</source>
        <translation>Largue aqui um kit de jurado</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../imin_desktop/ui/common/errors.py" line="+27"/>
        <source>You do not have permission to use {file}.</source>
        <translation>Não tem permissão para usar {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this file</source>
        <translation>este ficheiro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} was not found.</source>
        <translation>{file} não foi encontrado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file</source>
        <translation>O ficheiro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The computer refused the operation{where}: {why}</source>
        <translation>O computador recusou a operação{where}: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something unexpected went wrong. Everything you entered up to now is saved.</source>
        <translation>Aconteceu algo inesperado. Tudo o que introduziu até agora está guardado.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Something went wrong</source>
        <translation>Algo correu mal</translation>
    </message>
</context>
<context>
    <name>EventContext</name>
    <message>
        <location filename="../../imin_desktop/ui/event/context.py" line="+83"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../imin_desktop/ui/event/page.py" line="+50"/>
        <source>The event could not be read</source>
        <translation>Não foi possível ler o evento</translation>
    </message>
</context>
<context>
    <name>EventSections</name>
    <message>
        <location filename="../../imin_desktop/ui/event/pages.py" line="+46"/>
        <source>Setup</source>
        <translation>Preparação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>Atribuições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect</source>
        <translation>Recolha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Decisões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outputs</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit</source>
        <translation>Auditoria</translation>
    </message>
</context>
<context>
    <name>EventWindow</name>
    <message>
        <location filename="../../imin_desktop/ui/event/window.py" line="+80"/>
        <source>Sections of the event</source>
        <translation>Secções do evento</translation>
    </message>
    <message>
        <location line="+79"/>
        <source> (read-only)</source>
        <translation> (só de leitura)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>blind evaluation</source>
        <translation>avaliação anónima</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open evaluation</source>
        <translation>avaliação identificada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rubric {rubric} · {blind} · {submissions} submissions · {jurors} jurors · {assignments} assignments · {final} reviews done, {draft} in draft · {files} score files · {decisions} decisions</source>
        <translation>Grelha de avaliação {rubric} · {blind} · {submissions} candidaturas · {jurors} jurados · {assignments} atribuições · {final} avaliações concluídas, {draft} em rascunho · {files} ficheiros de pontuação · {decisions} decisões</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;read-only…</source>
        <translation>Abrir só para &amp;leitura…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close event</source>
        <translation>&amp;Fechar evento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The event could not be read</source>
        <translation>Não foi possível ler o evento</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../imin_desktop/ui/juror/export_flow.py" line="+40"/>
        <source>{not_done} of {total} submissions are not done: {in_progress} in progress (sent as drafts) and {not_started} not started (not sent).</source>
        <translation>{not_done} de {total} candidaturas não estão concluídas: {in_progress} em curso (enviadas como rascunho) e {not_started} por iniciar (não enviadas).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <source>Some reviews are not done</source>
        <translation>Há avaliações por concluir</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Some reviews are not done yet</source>
        <translation>Ainda há avaliações por concluir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can export now and export again later: the coordinator keeps the newest score file.</source>
        <translation>Pode exportar agora e voltar a exportar mais tarde: o coordenador fica com o ficheiro de pontuação mais recente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export anyway</source>
        <translation>Exportar mesmo assim</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done</source>
        <translation>Concluídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts (in progress)</source>
        <translation>Rascunhos (em curso)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts of interest</source>
        <translation>Conflitos de interesses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started (not included)</source>
        <translation>Por iniciar (não incluídas)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Score file number {n} was written to:</source>
        <translation>O ficheiro de pontuação n.º {n} foi gravado em:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some reviews are not done; export again when you finish them.</source>
        <translation>Há avaliações por concluir; volte a exportar quando as terminar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand this file to the coordinator (USB stick or e-mail).</source>
        <translation>Entregue este ficheiro ao coordenador (pen USB ou e-mail).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Score file exported</source>
        <translation>Ficheiro de pontuação exportado</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Your score file is ready</source>
        <translation>O seu ficheiro de pontuação está pronto</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../imin_desktop/ui/common/attachments.py" line="+204"/>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This kit is encrypted, so its files are never written to the disk and imIN cannot show this kind of file. Ask the coordinator for a copy if you need it.</source>
        <translation>Este kit está cifrado, por isso os ficheiros nunca são gravados no disco e o imIN não consegue mostrar este tipo de ficheiro. Se precisar dele, peça uma cópia ao coordenador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why this file cannot be opened</source>
        <translation>Porque é que este ficheiro não pode ser aberto</translation>
    </message>
</context>
<context>
    <name>GateRow</name>
    <message>
        <location filename="../../imin_desktop/ui/juror/score_widgets.py" line="+49"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: yes</source>
        <translation>%1: sim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no</source>
        <translation>%1: não</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Y or S: yes · N: no</source>
        <translation>S ou Y: sim · N: não</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../imin_desktop/ui/common/about.py" line="-38"/>
        <source>imIN Desktop — user guide</source>
        <translation>imIN Desktop — guia do utilizador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User guide</source>
        <translation>Guia do utilizador</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../imin_desktop/ui/juror/help_overlay.py" line="+17"/>
        <location line="+8"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shortcut list</source>
        <translation>Lista de atalhos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every change is saved as you make it. Hover over a control to see its shortcut.</source>
        <translation>Cada alteração é guardada no momento. Passe o rato sobre um controlo para ver o atalho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the shortcut list</source>
        <translation>Fechar a lista de atalhos</translation>
    </message>
</context>
<context>
    <name>ImagePage</name>
    <message>
        <location filename="../../imin_desktop/ui/common/attachments.py" line="-52"/>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This image cannot be shown.</source>
        <translation>Não é possível mostrar esta imagem.</translation>
    </message>
</context>
<context>
    <name>JurorDialog</name>
    <message>
        <location filename="../../imin_desktop/ui/event/people_panels.py" line="-198"/>
        <source>Add a juror</source>
        <translation>Acrescentar um jurado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. J10</source>
        <translation>p. ex. J10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Identifier</source>
        <translation>&amp;Identificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
</context>
<context>
    <name>JurorsPanel</name>
    <message>
        <location line="+52"/>
        <source>Drop a list of jurors here</source>
        <translation>Largue aqui uma lista de jurados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a list of jurors (.csv or .xlsx: id, name, email) here, or</source>
        <translation>Largue aqui uma lista de jurados (.csv ou .xlsx: id, nome, e-mail), ou</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a juror…</source>
        <translation>Acrescentar um jurado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a list…</source>
        <translation>Importar uma lista…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jurors</source>
        <translation>Jurados</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The juror was not added</source>
        <translation>O jurado não foi acrescentado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a list of jurors</source>
        <translation>Importar uma lista de jurados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Juror lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Listas de jurados (*.csv *.xlsx);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing jurors</source>
        <translation>A importar jurados</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../imin_desktop/ui/common/passphrase_dialog.py" line="+21"/>
        <source>Encrypted kit</source>
        <translation>Kit cifrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase for the encrypted kit</source>
        <translation>Frase-passe do kit cifrado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted. Type the passphrase the coordinator gave you.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; está cifrado. Escreva a frase-passe que o coordenador lhe deu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Frase-passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Show the passphrase</source>
        <translation>Mostrar a frase-passe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase problem</source>
        <translation>Problema com a frase-passe</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Open kit</source>
        <translation>Abrir kit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PdfPage</name>
    <message>
        <location filename="../../imin_desktop/ui/common/attachments.py" line="-152"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF tools</source>
        <translation>Ferramentas de PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (Page Up)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Page number</source>
        <translation>Número da página</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page count</source>
        <translation>Número de páginas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page (Page Down)</source>
        <translation>Página seguinte (Page Down)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next page</source>
        <translation>Página seguinte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Reduzir (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Ajustar à largura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit page</source>
        <translation>Ajustar à página</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Ampliar (Ctrl++)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../imin_desktop/ui/event/submissions_panel.py" line="+43"/>
        <source>Nothing was imported</source>
        <translation>Nada foi importado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import was refused and the event is unchanged. Fix these {n} problem(s) and import again:</source>
        <translation>A importação foi recusada e o evento não mudou. Corrija estes problemas ({n}) e importe de novo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission / field</source>
        <translation>Candidatura / campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../imin_desktop/ui/event/widgets.py" line="+106"/>
        <source>Filter (accents and case ignored)</source>
        <translation>Filtrar (sem distinguir acentos nem maiúsculas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter {what}</source>
        <translation>Filtrar {what}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
</context>
<context>
    <name>RubricPanel</name>
    <message>
        <location filename="../../imin_desktop/ui/event/rubric_view.py" line="+123"/>
        <source>Rubric status</source>
        <translation>Estado da grelha de avaliação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the rubric…</source>
        <translation>Substituir a grelha de avaliação…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use another rubric file (.json or .xlsx)</source>
        <translation>Usar outro ficheiro de grelha de avaliação (.json ou .xlsx)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The rubric is locked: {kits} kit(s) and {sheets} score sheet(s) have been issued, and jurors score against this exact rubric. To use another rubric, create a new event.</source>
        <translation>A grelha de avaliação está bloqueada: já foram emitidos kits ({kits}) e folhas de pontuação ({sheets}), e os jurados pontuam com esta grelha exata. Para usar outra grelha, crie um novo evento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The rubric can still be replaced: no kit or score sheet has been issued yet. It is locked from the first one on.</source>
        <translation>A grelha de avaliação ainda pode ser substituída: ainda não foi emitido nenhum kit nem folha de pontuação. Fica bloqueada a partir do primeiro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace the rubric</source>
        <translation>Substituir a grelha de avaliação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubrics (*.json *.xlsx);;All files (*)</source>
        <translation>Grelhas de avaliação (*.json *.xlsx);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replacing the rubric</source>
        <translation>A substituir a grelha de avaliação</translation>
    </message>
</context>
<context>
    <name>RubricView</name>
    <message>
        <location line="-128"/>
        <source>Rubric</source>
        <translation>Grelha de avaliação</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>weighted sum of the criteria</source>
        <translation>soma ponderada dos critérios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weighted mean of the criteria</source>
        <translation>média ponderada dos critérios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identifier: {id} · total: {total}, from {low} to {high} · scale {min}–{max} in steps of {step}</source>
        <translation>Identificador: {id} · total: {total}, de {low} a {high} · escala {min}–{max} com passo de {step}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the total</source>
        <translation>o total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the unweighted sum of the criteria</source>
        <translation>a soma não ponderada dos critérios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall threshold: {value}, applied to {basis}.</source>
        <translation>Limiar global: {value}, aplicado a {basis}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Criterion</source>
        <translation>Critério</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>Limiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gates (yes/no questions)</source>
        <translation>Perguntas de elegibilidade (sim/não)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lowest first</source>
        <translation>menor primeiro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>highest first</source>
        <translation>maior primeiro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submission field {name}, {way}</source>
        <translation>campo {name} da candidatura, {way}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>criterion {name}</source>
        <translation>critério {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tie-break order</source>
        <translation>Ordem de desempate</translation>
    </message>
</context>
<context>
    <name>ScoreSelector</name>
    <message>
        <location filename="../../imin_desktop/ui/juror/score_widgets.py" line="-315"/>
        <source>not scored</source>
        <translation>sem pontuação</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../../imin_desktop/ui/juror/scoring_panel.py" line="+46"/>
        <source>Scoring</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rubric</source>
        <translation>Grelha de avaliação</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I have a conflict of interest with this submission</source>
        <translation>Tenho um conflito de interesses com esta candidatura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have a conflict of interest</source>
        <translation>Tenho um conflito de interesses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declaring a conflict clears this submission&apos;s scores; you will not score it</source>
        <translation>Declarar um conflito apaga as pontuações desta candidatura; não a vai avaliar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You declared a conflict of interest: you do not score this submission. Untick the box to withdraw it.</source>
        <translation>Declarou um conflito de interesses: não avalia esta candidatura. Desmarque a caixa para o retirar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflict of interest declared</source>
        <translation>Conflito de interesses declarado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Eligibility</source>
        <translation>Elegibilidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligibility questions</source>
        <translation>Perguntas de elegibilidade</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Overall comment</source>
        <translation>Comentário geral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strengths, weaknesses, advice to the team…</source>
        <translation>Pontos fortes, pontos fracos, conselhos à equipa…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Review total</source>
        <translation>Total da avaliação</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review state</source>
        <translation>Estado da avaliação</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+116"/>
        <location line="+12"/>
        <location line="+1"/>
        <source>Mark as done</source>
        <translation>Marcar como concluída</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>What is still missing</source>
        <translation>O que ainda falta</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>No score (conflict)</source>
        <translation>Sem pontuação (conflito)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total %1 of %2</source>
        <translation>Total %1 de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total: %1 of %2 criteria scored</source>
        <translation>Total: %1 de %2 critérios pontuados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Counts as done: a conflict of interest needs no scores.</source>
        <translation>Conta como concluída: um conflito de interesses não leva pontuações.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Reopen as draft</source>
        <translation>Reabrir como rascunho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the review as not finished (Ctrl+D)</source>
        <translation>Marcar a avaliação como não terminada (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done. Changes you make are still saved at once.</source>
        <translation>Concluída. As alterações que fizer continuam a ser guardadas no momento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The review is complete (Ctrl+D)</source>
        <translation>A avaliação está completa (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete: mark it as done when you are sure.</source>
        <translation>Completa: marque-a como concluída quando tiver a certeza.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>score %1</source>
        <translation>pontuação de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comment on %1</source>
        <translation>comentário sobre %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>answer “%1”</source>
        <translation>resposta a «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To mark as done: %1.</source>
        <translation>Para marcar como concluída: %1.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../imin_desktop/ui/event/setup_page.py" line="+21"/>
        <source>Setup</source>
        <translation>Preparação</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Rubric</source>
        <translation>&amp;Grelha de avaliação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Submissions</source>
        <translation>&amp;Candidaturas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Jurors</source>
        <translation>&amp;Jurados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onflicts</source>
        <translation>C&amp;onflitos</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../imin_desktop/ui/shell.py" line="+82"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; is not a score file imIN Desktop can read: {why}</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; não é um ficheiro de pontuação que o imIN Desktop consiga ler: {why}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; is a juror&apos;s score file. Open the event it belongs to first (File ▸ Open), then drop the score file on its Collect page.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; é um ficheiro de pontuação de um jurado. Abra primeiro o evento a que pertence (Ficheiro ▸ Abrir) e depois largue o ficheiro de pontuação na página Recolha.</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="+39"/>
        <location line="+21"/>
        <source>imIN Desktop</source>
        <translation>imIN Desktop</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>imIN Desktop start window</source>
        <translation>Janela inicial do imIN Desktop</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>imIN logo</source>
        <translation>Logótipo do imIN</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Score your assigned submissions, offline.</source>
        <translation>Avalie as candidaturas que lhe foram atribuídas, sem ligação à Internet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop your juror kit (.iminkit) here, or</source>
        <translation>Largue aqui o seu kit de jurado (.iminkit), ou</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+58"/>
        <source>Open a juror kit…</source>
        <translation>Abrir um kit de jurado…</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+83"/>
        <source>Open a juror kit</source>
        <translation>Abrir um kit de jurado</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Choose the kit file the coordinator gave you (Ctrl+O)</source>
        <translation>Escolha o ficheiro do kit que o coordenador lhe deu (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening progress</source>
        <translation>Progresso da abertura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel opening</source>
        <translation>Cancelar a abertura</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Recent kits</source>
        <translation>Kits recentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Enter to open</source>
        <translation>Faça duplo clique ou prima Enter para abrir</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No kit opened yet on this computer.</source>
        <translation>Ainda não foi aberto nenhum kit neste computador.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Juror kits (*.iminkit);;Event files (*.imin);;All files (*)</source>
        <translation>Kits de jurado (*.iminkit);;Ficheiros de evento (*.imin);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was not found.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; não foi encontrado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>imIN Desktop opens juror kits (&lt;b&gt;.iminkit&lt;/b&gt;) and event files (&lt;b&gt;.imin&lt;/b&gt;); &lt;b&gt;{file}&lt;/b&gt; is neither.</source>
        <translation>O imIN Desktop abre kits de jurado (&lt;b&gt;.iminkit&lt;/b&gt;) e ficheiros de evento (&lt;b&gt;.imin&lt;/b&gt;); &lt;b&gt;{file}&lt;/b&gt; não é nenhum deles.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>That passphrase does not open this kit. Check it with the coordinator (capital letters count) and try again.</source>
        <translation>Essa frase-passe não abre este kit. Confirme-a com o coordenador (as maiúsculas contam) e tente de novo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This kit could not be opened</source>
        <translation>Não foi possível abrir este kit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; is not a juror kit imIN Desktop can open. Ask your coordinator for your juror kit (the &lt;b&gt;.iminkit&lt;/b&gt; file) and open that one.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; não é um kit de jurado que o imIN Desktop consiga abrir. Peça ao coordenador o seu kit de jurado (o ficheiro &lt;b&gt;.iminkit&lt;/b&gt;) e abra esse.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; could not be opened as an event file. If it came from someone else, ask them to send it again; a damaged file cannot be repaired here.</source>
        <translation>Não foi possível abrir &lt;b&gt;{file}&lt;/b&gt; como ficheiro de evento. Se veio de outra pessoa, peça-lhe que o envie de novo; um ficheiro danificado não pode ser reparado aqui.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details…</source>
        <translation>Detalhes…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>This event could not be opened</source>
        <translation>Não foi possível abrir este evento</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../../imin_desktop/ui/common/icons.py" line="+25"/>
        <source>Not started</source>
        <translation>Por iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict of interest</source>
        <translation>Conflito de interesses</translation>
    </message>
</context>
<context>
    <name>SubmissionListPane</name>
    <message>
        <location filename="../../imin_desktop/ui/juror/submission_list.py" line="+204"/>
        <source>Filter by id or title (Ctrl+F)</source>
        <translation>Filtrar por id ou título (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter submissions</source>
        <translation>Filtrar candidaturas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show submissions by state</source>
        <translation>Mostrar candidaturas por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only submissions in one state</source>
        <translation>Mostrar só as candidaturas num estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All submissions</source>
        <translation>Todas as candidaturas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assigned submissions</source>
        <translation>Candidaturas atribuídas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No submission matches the filter.</source>
        <translation>Nenhuma candidatura corresponde ao filtro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No match</source>
        <translation>Sem resultados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviews done</source>
        <translation>Avaliações concluídas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 concluídas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts of interest count as done</source>
        <translation>Os conflitos de interesses contam como concluídos</translation>
    </message>
</context>
<context>
    <name>SubmissionTableModel</name>
    <message>
        <location line="-202"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>SubmissionViewer</name>
    <message>
        <location filename="../../imin_desktop/ui/juror/submission_viewer.py" line="+49"/>
        <source>Submission</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submission details</source>
        <translation>Detalhes da candidatura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This submission has no attached files.</source>
        <translation>Esta candidatura não tem ficheiros anexos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No attachments</source>
        <translation>Sem anexos</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Team</source>
        <translation>Equipa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blind review: the team is not shown.</source>
        <translation>Avaliação anónima: a equipa não é mostrada.</translation>
    </message>
</context>
<context>
    <name>SubmissionsPanel</name>
    <message>
        <location filename="../../imin_desktop/ui/event/submissions_panel.py" line="+22"/>
        <source>Drop submission packages here</source>
        <translation>Largue aqui pacotes de candidaturas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop submission packages here — zips, folders, batches, or .csv/.xlsx listings. An import is all or nothing.</source>
        <translation>Largue aqui pacotes de candidaturas — zips, pastas, lotes ou listagens .csv/.xlsx. Uma importação é tudo ou nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import submissions…</source>
        <translation>Importar candidaturas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package files or listings…</source>
        <translation>Ficheiros de pacotes ou listagens…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder of packages…</source>
        <translation>Uma pasta de pacotes…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace submissions that changed</source>
        <translation>Substituir as candidaturas que mudaram</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without this, a package whose id is already in the event with other content is refused.</source>
        <translation>Sem isto, um pacote cujo id já existe no evento com outro conteúdo é recusado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import result</source>
        <translation>Resultado da importação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Equipa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files</source>
        <translation>Ficheiros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submissions</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import submissions</source>
        <translation>Importar candidaturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages and listings (*.zip *.csv *.xlsx);;All files (*)</source>
        <translation>Pacotes e listagens (*.zip *.csv *.xlsx);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import a folder of packages</source>
        <translation>Importar uma pasta de pacotes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing submissions</source>
        <translation>A importar candidaturas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported: {added} added, {replaced} replaced, {unchanged} unchanged ({files} attachment file(s) stored).</source>
        <translation>Importação: {added} acrescentadas, {replaced} substituídas, {unchanged} sem alterações ({files} ficheiro(s) anexo(s) guardado(s)).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importação cancelada: nada foi importado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported: {n} problem(s) to fix.</source>
        <translation>Nada foi importado: problemas a corrigir: {n}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The submissions could not be imported</source>
        <translation>Não foi possível importar as candidaturas</translation>
    </message>
</context>
<context>
    <name>WorkspaceWindow</name>
    <message>
        <location filename="../../imin_desktop/ui/juror/workspace_window.py" line="+59"/>
        <source>%1 — %2 — imIN Desktop</source>
        <translation>%1 — %2 — imIN Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Juror workspace</source>
        <translation>Área de trabalho do jurado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Juror and event</source>
        <translation>Jurado e evento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ All changes saved</source>
        <translation>✓ Todas as alterações guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save status</source>
        <translation>Estado da gravação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change is stored on this computer as you make it</source>
        <translation>Cada alteração fica guardada neste computador no momento em que a faz</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Next submission</source>
        <translation>Candidatura &amp;seguinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous submission</source>
        <translation>Candidatura &amp;anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Anular %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Anular (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Refazer %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Refazer (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;done / reopen</source>
        <translation>Marcar como &amp;concluída / reabrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export score file…</source>
        <translation>&amp;Exportar ficheiro de pontuação…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your signed score file for the coordinator</source>
        <translation>Gravar o seu ficheiro de pontuação assinado para o coordenador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter the list</source>
        <translation>&amp;Filtrar a lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close kit</source>
        <translation>Fe&amp;char kit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criterion %1</source>
        <translation>Critério %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Eligibility questions</source>
        <translation>Perguntas de &amp;elegibilidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next unanswered eligibility question</source>
        <translation>Ir para a próxima pergunta de elegibilidade sem resposta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall &amp;comment</source>
        <translation>&amp;Comentário geral</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Moving around</source>
        <translation>Navegar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to criterion 1 … %1</source>
        <translation>Ir para o critério 1 … %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next / previous field</source>
        <translation>Campo seguinte / anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring (on a criterion)</source>
        <translation>Pontuar (num critério)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose that score</source>
        <translation>Escolher essa pontuação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step up / down (half a point)</source>
        <translation>Um passo acima / abaixo (meio ponto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the score</source>
        <translation>Apagar a pontuação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y or S / N</source>
        <translation>S ou Y / N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer an eligibility question yes / no</source>
        <translation>Responder sim / não a uma pergunta de elegibilidade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editing</source>
        <translation>Edição</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Anular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide this list</source>
        <translation>Mostrar ou ocultar esta lista</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>score %1</source>
        <translation>pontuação de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comment on %1</source>
        <translation>comentário sobre %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overall comment</source>
        <translation>comentário geral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answer</source>
        <translation>resposta</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>This review was done; your change put it back in progress. Mark it as done again when you are sure (Ctrl+D).</source>
        <translation>Esta avaliação estava concluída; a sua alteração voltou a pô-la em curso. Marque-a de novo como concluída quando tiver a certeza (Ctrl+D).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>mark as done</source>
        <translation>marcar como concluída</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>reopen</source>
        <translation>reabrir</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>✓ Saved at %1</source>
        <translation>✓ Guardado às %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ Last change NOT saved</source>
        <translation>✗ A última alteração NÃO foi guardada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your last change could not be saved</source>
        <translation>Não foi possível guardar a sua última alteração</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>conflict of interest</source>
        <translation>conflito de interesses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflict of interest</source>
        <translation>Conflito de interesses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare a conflict of interest with %1?</source>
        <translation>Declarar um conflito de interesses com %1?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You will not score this submission. The scores, comments and answers you entered for it are cleared now (Ctrl+Z brings them back).</source>
        <translation>Não vai avaliar esta candidatura. As pontuações, comentários e respostas que introduziu são apagados agora (Ctrl+Z repõe-nos).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declare conflict</source>
        <translation>Declarar conflito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm the conflict of interest</source>
        <translation>Confirmar o conflito de interesses</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Where should the score file go? (e.g. your USB stick)</source>
        <translation>Onde gravar o ficheiro de pontuação? (por exemplo, a sua pen USB)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing the score file…</source>
        <translation>A gravar o ficheiro de pontuação…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export progress</source>
        <translation>Progresso da exportação</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The score file was not written</source>
        <translation>O ficheiro de pontuação não foi gravado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Score file written: %1</source>
        <translation>Ficheiro de pontuação gravado: %1</translation>
    </message>
</context>
</TS>
