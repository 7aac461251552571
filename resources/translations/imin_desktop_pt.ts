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
        <location filename="../../imin_desktop/cli/output.py" line="+57"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>track</source>
        <translation>categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachments</source>
        <translation>anexos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assigned</source>
        <translation>atribuídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../imin_desktop/domain/consolidation/design.py" line="+28"/>
        <source>submission</source>
        <translation>candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rank</source>
        <translation>posição</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rank 5–95%</source>
        <translation>posição 5–95%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passes</source>
        <translation>cumpre limiares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flags</source>
        <translation>alertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decision</source>
        <translation>decisão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean total</source>
        <translation>total médio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leniency</source>
        <translation>benevolência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criterion</source>
        <translation>critério</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean</source>
        <translation>média</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consensus</source>
        <translation>consenso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gap</source>
        <translation>diferença</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request</source>
        <translation>pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cumulative</source>
        <translation>acumulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposal</source>
        <translation>proposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>concluída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft</source>
        <translation>rascunho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>em falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict</source>
        <translation>conflito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not_started</source>
        <translation>por iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in_progress</source>
        <translation>em curso</translation>
    </message>
    <message>
        <location line="-24"/>
        <location filename="../../imin_desktop/domain/consolidation/design.py" line="+1"/>
        <source>juror</source>
        <translation>jurado</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/domain/consolidation/design.py" line="+11"/>
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
        <location filename="../../imin_desktop/formats/archive.py" line="+100"/>
        <location filename="../../imin_desktop/formats/listing.py" line="+108"/>
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
        <location filename="../../imin_desktop/formats/base.py" line="+187"/>
        <location filename="../../imin_desktop/formats/workbook.py" line="+170"/>
        <source>is {size} bytes, more than the limit of {limit}</source>
        <translation>tem {size} bytes, mais do que o limite de {limit}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+28"/>
        <source>damaged archive member ({detail})</source>
        <translation>membro do zip danificado ({detail})</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+28"/>
        <source>damaged archive member (its size differs from the directory)</source>
        <translation>membro do zip danificado (o tamanho difere do índice)</translation>
    </message>
    <message>
        <location line="+47"/>
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
        <location line="+6"/>
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
        <location filename="../../imin_desktop/cli/commands_event.py" line="+56"/>
        <location filename="../../imin_desktop/cli/output.py" line="+26"/>
        <location filename="../../imin_desktop/formats/archive.py" line="+0"/>
        <source>file</source>
        <translation>ficheiro</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/formats/kit.py" line="+169"/>
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
        <location line="+19"/>
        <source>expected text, a number, true/false or null</source>
        <translation>esperava-se texto, um número, true/false ou null</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+94"/>
        <source>the kit of juror {juror} holds {size} MB; an encrypted kit holds at most {limit} MB (it is opened in memory): export it without a passphrase, or assign fewer or smaller submissions</source>
        <translation>o kit do jurado {juror} tem {size} MB; um kit cifrado tem no máximo {limit} MB (é aberto em memória): exporte-o sem frase-passe, ou atribua menos candidaturas ou candidaturas mais pequenas</translation>
    </message>
    <message>
        <location line="+44"/>
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
        <location line="+15"/>
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
        <location line="+31"/>
        <source>is {size} bytes, more than the limit of {limit} for an encrypted kit</source>
        <translation>tem {size} bytes, mais do que o limite de {limit} para um kit cifrado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this kit is encrypted: enter the passphrase from the coordinator</source>
        <translation>este kit está cifrado: introduza a frase-passe que o coordenador lhe deu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kit</source>
        <translation>kit</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location filename="../../imin_desktop/formats/scorefile.py" line="+59"/>
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
        <location line="+19"/>
        <source>score file of juror {juror} for event {event} (kit {kit}), sequence {seq}: {n} reviews ({final} final, {conflicts} conflicts), rubric {rubric}; structure valid; the signature needs the kit&apos;s key and is checked on import</source>
        <translation>ficheiro de pontuação do jurado {juror} para o evento {event} (kit {kit}), sequência {seq}: {n} avaliações ({final} finais, {conflicts} conflitos), grelha de avaliação {rubric}; estrutura válida; a assinatura precisa da chave do kit e é verificada na importação</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/formats/scoresheet.py" line="+59"/>
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
        <location filename="../../imin_desktop/formats/scoresheet_read.py" line="+90"/>
        <source> (and {0} more: {1}{2})</source>
        <extracomment>A score sheet: one table of at most 5,000 submissions, its rubric and the hidden sheet. The hidden sheet: a row per key, column and submission; a ``values`` row per criterion holds every value of its scale (at most 1,001).</extracomment>
        <translation> (e mais {0}: {1}{2})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not an imin score sheet: the workbook has no {0!r} sheet</source>
        <translation>não é uma folha de pontuação do imIN: o livro não tem a folha {0!r}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the workbook has no sheet {0!r}; sheets must not be renamed or removed</source>
        <translation>o livro não tem a folha {0!r}; as folhas não podem mudar de nome nem ser removidas</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/formats/workbook.py" line="-103"/>
        <source>not an Excel workbook (.xlsx)</source>
        <translation>não é um livro do Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the workbook holds {n} parts, more than the limit of {limit}</source>
        <translation>o livro tem {n} partes, mais do que o limite de {limit}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this part expands to {size} bytes, more than the limit of {limit}</source>
        <translation>esta parte descomprime para {size} bytes, mais do que o limite de {limit}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the workbook expands to more than the limit of {limit} bytes</source>
        <translation>o livro descomprime para mais do que o limite de {limit} bytes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>holds more than {n} XML elements</source>
        <translation>tem mais de {n} elementos XML</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the sheet has more than {n} rows</source>
        <translation>a folha tem mais de {n} linhas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the row has more than {n} cells</source>
        <translation>a linha tem mais de {n} células</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the sheet has more than {n} cells</source>
        <translation>a folha tem mais de {n} células</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holds a document type declaration, which no workbook needs</source>
        <translation>tem uma declaração de tipo de documento, de que nenhum livro precisa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>damaged worksheet XML ({detail})</source>
        <translation>XML da folha danificado ({detail})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>damaged workbook part ({detail})</source>
        <translation>parte do livro danificada ({detail})</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/formats/scoresheet_read.py" line="+11"/>
        <location filename="../../imin_desktop/formats/workbook.py" line="+30"/>
        <source>not a readable Excel workbook (.xlsx): {0}</source>
        <translation>não é um livro do Excel (.xlsx) legível: {0}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>a formula where the hidden sheet holds text; the hidden sheet was changed</source>
        <translation>uma fórmula onde a folha oculta tem texto; a folha oculta foi alterada</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="-87"/>
        <source>holds {0} outside the score table; rows and columns must not be added</source>
        <translation>tem {0} fora da tabela de pontuações; não se podem acrescentar linhas nem colunas</translation>
    </message>
    <message>
        <location line="+147"/>
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
        <location line="+20"/>
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
        <location line="+52"/>
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
        <location filename="../../imin_desktop/cli/main.py" line="+64"/>
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
        <location filename="../../imin_desktop/cli/commands_consensus.py" line="+34"/>
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
        <location filename="../../imin_desktop/cli/commands_event.py" line="+1"/>
        <location filename="../../imin_desktop/cli/commands_results.py" line="+62"/>
        <location filename="../../imin_desktop/cli/output.py" line="+9"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../imin_desktop/cli/commands_event.py" line="+0"/>
        <location filename="../../imin_desktop/cli/commands_results.py" line="+0"/>
        <location filename="../../imin_desktop/cli/output.py" line="+1"/>
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
        <location filename="../../imin_desktop/cli/commands_event.py" line="-20"/>
        <source>created event {title!r} at {location} (rubric {rubric_id}, {rubric_hash})</source>
        <translation>evento {title!r} criado em {location} (grelha de avaliação {rubric_id}, {rubric_hash})</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../imin_desktop/cli/output.py" line="-11"/>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../imin_desktop/cli/output.py" line="-33"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../imin_desktop/cli/output.py" line="+35"/>
        <source>blind</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../imin_desktop/cli/output.py" line="+1"/>
        <source>rubric</source>
        <translation>grelha de avaliação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{id} ({n} criteria: {keys})</source>
        <translation>{id} ({n} critérios: {keys})</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../imin_desktop/cli/output.py" line="+1"/>
        <source>rubric hash</source>
        <translation>hash da grelha</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../imin_desktop/cli/output.py" line="+1"/>
        <source>submissions</source>
        <translation>candidaturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../imin_desktop/cli/output.py" line="+1"/>
        <source>jurors</source>
        <translation>jurados</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../imin_desktop/cli/output.py" line="+1"/>
        <source>assignments</source>
        <translation>atribuições</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../imin_desktop/cli/output.py" line="-23"/>
        <source>conflicts</source>
        <translation>conflitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../imin_desktop/cli/output.py" line="-5"/>
        <source>reviews</source>
        <translation>avaliações</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{final} final, {draft} draft</source>
        <translation>{final} finais, {draft} em rascunho</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../imin_desktop/cli/output.py" line="+29"/>
        <source>score files</source>
        <translation>ficheiros de pontuação</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../imin_desktop/cli/output.py" line="+1"/>
        <source>decisions</source>
        <translation>decisões</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location filename="../../imin_desktop/cli/commands_logistics.py" line="+211"/>
        <location filename="../../imin_desktop/cli/commands_setup.py" line="+58"/>
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
        <location filename="../../imin_desktop/cli/commands_juror.py" line="+52"/>
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
        <location line="+9"/>
        <source>the kit, or your login&apos;s URL on the event server (scores online)</source>
        <translation>o kit, ou o URL do seu acesso ao servidor do evento (avalia em linha)</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../../imin_desktop/cli/commands_logistics.py" line="-175"/>
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
        <source>the event is not blind: its kits carry the team openly; nothing to check</source>
        <translation>o evento não é de avaliação anónima: os kits mostram a equipa; nada a verificar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blind event: {checked} submission(s) checked, {flagged} with findings, {blocking} not yet confirmed</source>
        <translation>avaliação anónima: {checked} candidatura(s) verificada(s), {flagged} com ocorrências, {blocking} ainda por confirmar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{submission} (confirmed)</source>
        <translation>{submission} (confirmada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{submission} (needs an anonymised copy or a confirmation)</source>
        <translation>{submission} (precisa de uma cópia anonimizada ou de uma confirmação)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>confirmed {submission}: {n} finding(s) may go into blind kits</source>
        <translation>{submission} confirmada: {n} ocorrência(s) podem seguir nos kits anónimos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n_written} score sheet(s) written to {out}</source>
        <translation>folhas de pontuação gravadas em {out}: {n_written}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>coverage: {counts}</source>
        <translation>cobertura: {counts}</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <source>search what blind kits would carry for the teams&apos; names, e-mails and organisations</source>
        <translation>procurar no que os kits anónimos levariam os nomes, e-mails e organizações das equipas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only this submission (repeatable)</source>
        <translation>só esta candidatura (repetível)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accept a submission&apos;s identity findings for blind kits (audited)</source>
        <translation>aceitar as ocorrências de identidade de uma candidatura nos kits anónimos (fica no registo de auditoria)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>why the findings may go to the jurors (kept in the audit trail)</source>
        <translation>porque podem as ocorrências chegar aos jurados (fica no registo de auditoria)</translation>
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
        <source>the version for signature (no DRAFT watermark); refused, with the list of what is missing, while reviews are drafts, submissions lack a decision or ex aequo groups are unsettled</source>
        <translation>a versão para assinatura (sem a marca de água RASCUNHO); recusada, com a lista do que falta, enquanto houver avaliações em rascunho, candidaturas sem decisão ou grupos ex aequo por desempatar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>with --final: write it even though something is missing (audited)</source>
        <translation>com --final: gravá-lo mesmo que falte alguma coisa (fica na auditoria)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this submission&apos;s evaluation summary, to send to its applicant</source>
        <translation>só o resumo de avaliação desta candidatura, para enviar ao candidato</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/cli/commands_results.py" line="-24"/>
        <source>{event_title}: method {method}, {draws} bootstrap draws (seed {seed}), top {top_k}</source>
        <translation>{event_title}: método {method}, {draws} repetições do bootstrap (semente {seed}), top {top_k}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ranked list</source>
        <translation>Lista ordenada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below a threshold (apart from the ranked list; rank for reference)</source>
        <translation>Abaixo de um limiar (fora da lista ordenada; posição apenas como referência)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ineligible (apart from the ranked list; rank for reference)</source>
        <translation>Não elegíveis (fora da lista ordenada; posição apenas como referência)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed (no counted review)</source>
        <translation>Não avaliadas (nenhuma avaliação contabilizada)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{first} and {second} have the same total {total}; tie-break rule {n} ({rule}) ranks {first} first</source>
        <translation>{first} e {second} têm o mesmo total {total}; a regra de desempate {n} ({rule}) coloca {first} à frente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ex aequo at rank {rank}: {ids} (the panel has not ordered them)</source>
        <translation>ex aequo na posição {rank}: {ids} (o painel ainda não as ordenou)</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+24"/>
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
        <location line="+2"/>
        <source>confirm a winner/funded decision for a submission below threshold or ineligible (recorded in the audit trail)</source>
        <translation>confirmar uma decisão de vencedora/financiada para uma candidatura abaixo do limiar ou não elegível (registada na auditoria)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the method whose thresholds the decision is checked against</source>
        <translation>o método cujos limiares servem para verificar a decisão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the decision version you based this on (0: none yet); refused if someone changed the decision meanwhile</source>
        <translation>a versão da decisão em que se baseou (0: ainda nenhuma); recusado se alguém alterou a decisão entretanto</translation>
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
        <location line="+15"/>
        <source>{rows} rows in {tables} tables, checked table by table ({submissions} submissions, {blobs} attachment files, {reviews} reviews, {audit} audit entries)</source>
        <translation>{rows} linhas em {tables} tabelas, verificadas tabela a tabela ({submissions} candidaturas, {blobs} ficheiros anexos, {reviews} avaliações, {audit} entradas de auditoria)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pushed event &apos;{title}&apos;: {source} -&gt; {target}</source>
        <translation>evento &apos;{title}&apos; enviado: {source} -&gt; {target}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pulled event &apos;{title}&apos;: {source} -&gt; {target}</source>
        <translation>evento &apos;{title}&apos; obtido: {source} -&gt; {target}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copy an event file to an event server (--db URL), whole</source>
        <translation>copia um ficheiro de evento, inteiro, para um servidor de eventos (--db URL)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>copy the event on a server (--db URL) into a new file, whole</source>
        <translation>copia o evento de um servidor (--db URL), inteiro, para um novo ficheiro</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+3"/>
        <source>a coordinator&apos;s login: reads and writes the whole event</source>
        <translation>o acesso de um coordenador: lê e altera todo o evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a manager&apos;s login: reads the whole event, changes nothing</source>
        <translation>o acesso de um gestor: lê todo o evento, não altera nada</translation>
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
        <location line="+82"/>
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
    <message>
        <location filename="../../imin_desktop/services/blind_files.py" line="+79"/>
        <source>attachment {path!r} of {sid} is missing or damaged in the event (its content no longer matches its SHA-256); import the submission again with --replace</source>
        <extracomment>Scrubbed files kept between kits of one export (the same file is in several kits).</extracomment>
        <translation>o anexo {path!r} de {sid} falta ou está danificado no evento (o conteúdo já não corresponde ao SHA-256); importe de novo a candidatura com --replace</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/cli/output.py" line="-38"/>
        <location filename="../../imin_desktop/services/blinding.py" line="+44"/>
        <source>name</source>
        <extracomment>Media types whose text the check reads in full without a special reader. Where a score sheet shows a submission (the rest is only in kits). The kinds of identity a finding names, as the messages say them.</extracomment>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/services/blinding.py" line="+0"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>organisation</source>
        <translation>organização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identifying field</source>
        <translation>campo identificativo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>, page {page}</source>
        <translation>, página {page}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: names the team&apos;s {kind} {text!r}</source>
        <translation>{where}: identifica a equipa ({kind}: {text!r})</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>attachment {n} ({path}{variant})</source>
        <translation>anexo {n} ({path}{variant})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, blind variant</source>
        <translation>, versão anonimizada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its metadata cannot be removed: {problem}</source>
        <translation>não é possível remover os metadados: {problem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a {media} file: its metadata cannot be removed and its text cannot be read</source>
        <translation>ficheiro {media}: não é possível remover os metadados nem ler o texto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its text cannot be checked: {problem}</source>
        <translation>não é possível verificar o texto: {problem}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no submission {sid!r} in the event</source>
        <translation>não há nenhuma candidatura {sid!r} no evento</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{what} not issued: {n} submission(s) of this blind event still name their team or could not be checked:</source>
        <translation>Emissão de {what} recusada: {n} candidatura(s) desta avaliação anónima ainda identificam a equipa ou não puderam ser verificadas:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Supply an anonymised copy (attachments[].blind_path in the package, imported again with --replace) or confirm the findings: imin kits confirm EVENT SUBMISSION… --rationale TEXT</source>
        <translation>Forneça uma cópia anonimizada (attachments[].blind_path no pacote, importado de novo com --replace) ou confirme as ocorrências: imin kits confirm EVENT SUBMISSION… --rationale TEXT</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>say why the findings are acceptable (--rationale)</source>
        <translation>indique porque são aceitáveis as ocorrências (--rationale)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name at least one submission to confirm</source>
        <translation>indique pelo menos uma candidatura a confirmar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the event is not blind: its kits carry the team openly</source>
        <translation>o evento não é de avaliação anónima: os kits mostram a equipa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{sid} has no identity findings to confirm</source>
        <translation>{sid} não tem ocorrências de identidade a confirmar</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/services/kits.py" line="+198"/>
        <source>kits</source>
        <translation>kits</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/services/online.py" line="+167"/>
        <source>submissions for the juror</source>
        <translation>candidaturas para o jurado</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/services/report_final.py" line="+48"/>
        <source>{n} review(s) still draft: {list}</source>
        <translation>avaliações ainda em rascunho ({n}): {list}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} submission(s) without a decision: {list}</source>
        <translation>candidaturas sem decisão ({n}): {list}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ex aequo at rank {rank} not settled by a panel order: {ids}</source>
        <translation>ex aequo na posição {rank} não desempatado por uma ordem do júri: {ids}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> and {n} more</source>
        <translation> e mais {n}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a final report needs every review final, a decision for every submission and every ex aequo settled; still missing:
{lines}
Generate a draft, or insist with --force.</source>
        <translation>um relatório final exige todas as avaliações finais, uma decisão para cada candidatura e todos os ex aequo desempatados; ainda falta:
{lines}
Gere um rascunho, ou insista com --force.</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/services/sheets.py" line="+37"/>
        <source>score sheets</source>
        <translation>folhas de pontuação</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/event/assign_dialog.py" line="+33"/>
        <source>No assignments yet: assign automatically, or double-click cells to assign by hand.</source>
        <translation>Ainda não há atribuições: atribua automaticamente, ou faça duplo clique nas células para atribuir à mão.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} assignments over {j} jurors; each juror reviews {lo} to {hi} submissions.</source>
        <translation>{n} atribuições por {j} jurados; cada jurado avalia de {lo} a {hi} candidaturas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each submission has {lo} to {hi} reviewers.</source>
        <translation>Cada candidatura tem de {lo} a {hi} avaliadores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected: every juror is linked to every other through shared submissions, so a lenient or strict juror can be told apart from a strong or weak submission.</source>
        <translation>Ligado: cada jurado está ligado a todos os outros através de candidaturas partilhadas, por isso um jurado benevolente ou severo distingue-se de uma candidatura forte ou fraca.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected: the jurors fall into {n} separate groups whose scores cannot be put on one scale. Add assignments that link the groups.</source>
        <translation>Não ligado: os jurados dividem-se em {n} grupos separados cujas pontuações não podem ser postas na mesma escala. Acrescente atribuições que liguem os grupos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{p} of {t} pairs of jurors share at least one submission (overlap {lo} to {hi}).</source>
        <translation>{p} de {t} pares de jurados partilham pelo menos uma candidatura (sobreposição de {lo} a {hi}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calibration: every juror reviews {subs}.</source>
        <translation>Calibração: todos os jurados avaliam {subs}.</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/formats/base.py" line="-148"/>
        <source>holds the control character U+{code:04X} at position {at}; text may contain tabs and line breaks but no other control characters</source>
        <extracomment>Characters refused in every text field: C0 and C1 control characters other than tab, line feed and carriage return (a line break), DEL, and lone UTF-16 surrogates (which JSON escapes can produce but UTF-8 cannot carry). They only ever hide or inject something.</extracomment>
        <translation>tem o caráter de controlo U+{code:04X} na posição {at}; o texto pode ter tabulações e mudanças de linha, mas nenhum outro caráter de controlo</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>holds more than {limit} values; no file of this kind is that large</source>
        <extracomment>A JSON document of unknown kind: the loosest limits any format uses.</extracomment>
        <translation>tem mais de {limit} valores; nenhum ficheiro deste tipo é tão grande</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nested more than {limit} levels deep</source>
        <translation>tem mais de {limit} níveis de encaixe</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>starts with a byte-order mark; save it as UTF-8 without a byte-order mark</source>
        <translation>começa com uma marca de ordem de bytes (BOM); grave-o como UTF-8 sem BOM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>text is not UTF-8</source>
        <translation>o texto não está em UTF-8</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this key appears twice in one object; a file must say each thing once</source>
        <translation>esta chave aparece duas vezes no mesmo objeto; um ficheiro deve dizer cada coisa uma só vez</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/services/scores.py" line="+75"/>
        <source>juror {juror}</source>
        <translation>jurado {juror}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sequence {n}</source>
        <translation>sequência {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>accepted</source>
        <translation>aceite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>superseded</source>
        <translation>substituído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>kit_id {id!r}: no kit with this id was issued by this event</source>
        <translation>kit_id {id!r}: este evento não emitiu nenhum kit com este id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kit_id {id!r}: no score sheet with this id was issued by this event</source>
        <translation>kit_id {id!r}: este evento não emitiu nenhuma folha de pontuação com este id</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>event_id: the file was made for another event ({id})</source>
        <translation>event_id: o ficheiro foi feito para outro evento ({id})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>juror_id: the file names juror {named} but kit {kit} was issued to {juror}</source>
        <translation>juror_id: o ficheiro indica o jurado {named}, mas o kit {kit} foi emitido para {juror}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>signature: does not verify with the key of this juror&apos;s kit (the file was changed, or signed with another kit&apos;s key)</source>
        <translation>assinatura: não confere com a chave do kit deste jurado (o ficheiro foi alterado, ou assinado com a chave de outro kit)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the sheet names juror {named} but was issued to {juror}</source>
        <translation>a folha indica o jurado {named}, mas foi emitida para {juror}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sheet was made for another version of the rubric</source>
        <translation>a folha foi feita para outra versão da grelha de avaliação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{id}: not assigned to this juror</source>
        <translation>{id}: não atribuída a este jurado</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>this very file was imported before</source>
        <translation>este mesmo ficheiro já foi importado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is a juror kit (what jurors receive), not a score file they hand back</source>
        <translation>isto é um kit de jurado (o que os jurados recebem), não um ficheiro de pontuação que devolvem</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>sequence {n} of juror {juror} was already imported with different content (two different files with one sequence number)</source>
        <translation>a sequência {n} do jurado {juror} já foi importada com outro conteúdo (dois ficheiros diferentes com o mesmo número de sequência)</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/domain/assignment.py" line="+44"/>
        <source>{n} assignments over {j} jurors; load per juror {lo}–{hi}</source>
        <translation>{n} atribuições por {j} jurados; carga por jurado {lo}–{hi}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no jurors</source>
        <translation>sem jurados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>design connected: every juror is linked to every other through shared submissions</source>
        <translation>desenho ligado: cada jurado está ligado a todos os outros através de candidaturas partilhadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>design NOT connected: {n} separate groups of jurors</source>
        <translation>desenho NÃO ligado: {n} grupos separados de jurados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>juror pairs sharing at least one submission: {p} of {t} (overlap {lo}–{hi})</source>
        <translation>pares de jurados que partilham pelo menos uma candidatura: {p} de {t} (sobreposição {lo}–{hi})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>calibration submissions reviewed by every juror: {subs}</source>
        <translation>candidaturas de calibração avaliadas por todos os jurados: {subs}</translation>
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
    <name>Accessible</name>
    <message>
        <location filename="../../imin_desktop/ui/common/accessible.py" line="+15"/>
        <source>More tools</source>
        <translation>Mais ferramentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More menus</source>
        <translation>Mais menus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select all rows</source>
        <translation>Selecionar todas as linhas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clear %1</source>
        <translation>Limpar %1</translation>
    </message>
</context>
<context>
    <name>AssignmentsPage</name>
    <message>
        <location filename="../../imin_desktop/ui/event/assignments_page.py" line="+56"/>
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassign</source>
        <translation>Retirar atribuição</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Assign &amp;automatically…</source>
        <translation>Atribuir &amp;automaticamente…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign or unassign the selected cells</source>
        <translation>Atribuir ou retirar a atribuição das células selecionadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;kits…</source>
        <translation>Exportar &amp;kits…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export score &amp;sheets…</source>
        <translation>Exportar &amp;folhas de pontuação…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;blind attachments…</source>
        <translation>Verificar &amp;anexos anónimos…</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+1"/>
        <source>Filter submissions</source>
        <translation>Filtrar candidaturas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assignment design</source>
        <translation>Desenho das atribuições</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand-out result</source>
        <translation>Resultado da distribuição</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{a} assigned   {c} calibration   {r} review received   {x} conflict of interest — double-click a cell or press Space to assign or unassign; Ctrl+Z undoes.</source>
        <translation>{a} atribuída   {c} calibração   {r} avaliação recebida   {x} conflito de interesses — faça duplo clique numa célula ou prima Espaço para atribuir ou retirar; Ctrl+Z anula.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Juror × submission matrix</source>
        <translation>Matriz jurado × candidatura</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Change {n} assignments</source>
        <translation>Alterar {n} atribuições</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The assignment was not changed</source>
        <translation>A atribuição não foi alterada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Assign {sub} to {juror}</source>
        <translation>Atribuir {sub} a {juror}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unassign {sub} from {juror}</source>
        <translation>Retirar {sub} a {juror}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Assigning submissions</source>
        <translation>A atribuir candidaturas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The submissions could not be assigned</source>
        <translation>Não foi possível atribuir as candidaturas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting kits</source>
        <translation>A exportar kits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kits could not be exported</source>
        <translation>Não foi possível exportar os kits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} kit(s) written to {folder}.</source>
        <translation>Kits gravados em {folder}: {n}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exporting score sheets</source>
        <translation>A exportar folhas de pontuação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The score sheets could not be exported</source>
        <translation>Não foi possível exportar as folhas de pontuação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} score sheet(s) written to {folder}.</source>
        <translation>Folhas de pontuação gravadas em {folder}: {n}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Blind check: nothing unconfirmed names a team.</source>
        <translation>Verificação anónima: nada por confirmar identifica uma equipa.</translation>
    </message>
</context>
<context>
    <name>AttachmentPage</name>
    <message>
        <location filename="../../imin_desktop/ui/common/attachments.py" line="+100"/>
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
    <name>AuditPage</name>
    <message>
        <location filename="../../imin_desktop/ui/event/audit_page.py" line="+41"/>
        <source>When (UTC)</source>
        <translation>Quando (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+15"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>On</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Submission</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Pormenor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit trail</source>
        <translation>Registo de auditoria</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submission id</source>
        <translation>Id da candidatura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From (YYYY-MM-DD)</source>
        <translation>De (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To (YYYY-MM-DD)</source>
        <translation>Até (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Data final</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entries shown, as filtered, in a CSV file</source>
        <translation>As entradas mostradas, tal como filtradas, num ficheiro CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who:</source>
        <translation>Quem:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What:</source>
        <translation>O quê:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>anyone</source>
        <translation>qualquer pessoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anything</source>
        <translation>qualquer ação</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{shown} of {total} entries</source>
        <translation>{shown} de {total} entradas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the audit trail</source>
        <translation>Exportar o registo de auditoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting the audit trail…</source>
        <translation>A exportar o registo de auditoria…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written: {path}</source>
        <translation>Escrito: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail was not exported</source>
        <translation>O registo de auditoria não foi exportado</translation>
    </message>
</context>
<context>
    <name>AutoAssignDialog</name>
    <message>
        <location filename="../../imin_desktop/ui/event/assign_dialog.py" line="+11"/>
        <source>Assign automatically</source>
        <translation>Atribuir automaticamente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every submission gets the same number of reviewers; jurors&apos; loads differ by at most one; nobody gets a submission they have a conflict with; the design links every juror to every other through shared submissions.</source>
        <translation>Todas as candidaturas recebem o mesmo número de avaliadores; as cargas dos jurados diferem no máximo em uma; ninguém recebe uma candidatura com a qual tenha um conflito; o desenho liga cada jurado a todos os outros através de candidaturas partilhadas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reviewers per submission</source>
        <translation>Avaliadores por candidatura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submissions every juror reviews: a shared anchor</source>
        <translation>Candidaturas que todos os jurados avaliam: uma âncora comum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibration submissions</source>
        <translation>Candidaturas de calibração</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same seed gives the same assignment</source>
        <translation>A mesma semente dá a mesma atribuição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the current assignments</source>
        <translation>Substituir as atribuições atuais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reviewers per submission</source>
        <translation>&amp;Avaliadores por candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calibration submissions</source>
        <translation>Candidaturas de &amp;calibração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seed</source>
        <translation>&amp;Semente</translation>
    </message>
</context>
<context>
    <name>BlindFindingsDialog</name>
    <message>
        <location filename="../../imin_desktop/ui/event/blind_check.py" line="+63"/>
        <source>Blind check: the team may be named</source>
        <translation>Verificação anónima: a equipa pode estar identificada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{n} submission(s) of this blind event may still name their team or could not be checked.&lt;/b&gt; Nothing has been issued. Either cancel, supply an anonymised attachment (a blind variant in the package) and import the submission again, or confirm the findings if they are acceptable — the confirmation and your rationale are kept in the audit trail.</source>
        <translation>&lt;b&gt;{n} candidatura(s) desta avaliação anónima pode(m) ainda identificar a equipa ou não foi possível verificá-la(s).&lt;/b&gt; Nada foi emitido. Cancele, forneça um anexo anonimizado (uma versão anonimizada no pacote) e importe de novo a candidatura, ou confirme as ocorrências se forem aceitáveis — a confirmação e a sua fundamentação ficam no registo de auditoria.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submission</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment or field</source>
        <translation>Anexo ou campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity findings</source>
        <translation>Ocorrências de identidade</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rationale</source>
        <translation>Fundamentação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the findings are acceptable (required, kept in the audit trail)</source>
        <translation>Porque são aceitáveis as ocorrências (obrigatório, fica no registo de auditoria)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rationale</source>
        <translation>&amp;Fundamentação</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issue nothing: supply an anonymised attachment (a blind variant in the package) and import the submission again.</source>
        <translation>Não emitir nada: forneça um anexo anonimizado (uma versão anonimizada no pacote) e importe de novo a candidatura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm &amp;selected</source>
        <translation>Confirmar &amp;selecionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm &amp;all</source>
        <translation>Confirmar &amp;todas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the team&apos;s {kind} “{text}”</source>
        <translation>{kind} da equipa «{text}»</translation>
    </message>
</context>
<context>
    <name>BlindGate</name>
    <message>
        <location line="+48"/>
        <source>Checking the blind attachments</source>
        <translation>A verificar os anexos anónimos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The blind attachments could not be checked</source>
        <translation>Não foi possível verificar os anexos anónimos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirming the findings</source>
        <translation>A confirmar as ocorrências</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The findings could not be confirmed</source>
        <translation>Não foi possível confirmar as ocorrências</translation>
    </message>
</context>
<context>
    <name>CollectPage</name>
    <message>
        <location filename="../../imin_desktop/ui/event/collect_page.py" line="+93"/>
        <source>accepted</source>
        <translation>aceite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>superseded</source>
        <translation>substituído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop score files here</source>
        <translation>Largue aqui ficheiros de pontuação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop the score files (.iminscore) and filled score sheets (.xlsx) jurors handed back — any number, or whole folders, in any order. A refused file never blocks the others; dropping the same files again changes nothing.</source>
        <translation>Largue aqui os ficheiros de pontuação (.iminscore) e as folhas de pontuação preenchidas (.xlsx) que os jurados devolveram — quantos forem, ou pastas inteiras, por qualquer ordem. Um ficheiro recusado nunca bloqueia os outros; largar de novo os mesmos ficheiros não altera nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import score files…</source>
        <translation>Importar ficheiros de pontuação…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a folder…</source>
        <translation>Importar uma pasta…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merge result</source>
        <translation>Resultado da junção</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Juror</source>
        <translation>Jurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files handed back</source>
        <translation>Ficheiros devolvidos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No files merged in this session yet.</source>
        <translation>Ainda não foi junto nenhum ficheiro nesta sessão.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>merged: the juror&apos;s reviews now come from this file</source>
        <translation>junto: as avaliações do jurado vêm agora deste ficheiro</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import score files</source>
        <translation>Importar ficheiros de pontuação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score files and sheets (*.iminscore *.xlsx);;All files (*)</source>
        <translation>Ficheiros e folhas de pontuação (*.iminscore *.xlsx);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a folder of score files</source>
        <translation>Importar uma pasta de ficheiros de pontuação</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merging score files</source>
        <translation>A juntar ficheiros de pontuação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The score files could not be merged</source>
        <translation>Não foi possível juntar os ficheiros de pontuação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge cancelled: nothing was merged.</source>
        <translation>Junção cancelada: nada foi junto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No score file or score sheet was found in what was dropped.</source>
        <translation>Não foi encontrado nenhum ficheiro nem folha de pontuação no que foi largado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing changed in the event: {duplicate} of the {n} file(s) had been merged before, {refused} refused.</source>
        <translation>Nada mudou no evento: {duplicate} dos {n} ficheiro(s) já tinham sido juntos antes, {refused} recusado(s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} file(s): {accepted} accepted, {superseded} superseded, {duplicate} duplicate, {refused} refused.</source>
        <translation>{n} ficheiro(s): {accepted} aceite(s), {superseded} substituído(s), {duplicate} duplicado(s), {refused} recusado(s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refused files changed nothing; the others are merged.</source>
        <translation>Os ficheiros recusados não alteraram nada; os outros foram juntos.</translation>
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
    <name>ConsensusPanel</name>
    <message>
        <location filename="../../imin_desktop/ui/event/consensus_panel.py" line="+48"/>
        <source>Consensus per criterion</source>
        <translation>Consenso por critério</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Criterion</source>
        <translation>Critério</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Reviews</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Média</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agreed score</source>
        <translation>Pontuação acordada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment on the agreed score</source>
        <translation>Comentário sobre a pontuação acordada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minority view</source>
        <translation>Posição minoritária</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: a juror who disagrees, in words</source>
        <translation>Opcional: um jurado que discorda, por palavras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;consensus</source>
        <translation>Registar &amp;consenso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Criterion:</source>
        <translation>Critério:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed score:</source>
        <translation>Pontuação acordada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment:</source>
        <translation>Comentário:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minority view:</source>
        <translation>Posição minoritária:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapporteur:</source>
        <translation>Relator:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{comment}
rapporteur {who}, recorded by {by}</source>
        <translation>{comment}
relator {who}, registado por {by}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreed scores on {done} of {all} criteria. Under the consensus method they replace the mean of the reviews.</source>
        <translation>Pontuações acordadas em {done} de {all} critérios. No método de consenso substituem a média das avaliações.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the coordinator</source>
        <translation>o coordenador</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>mean of the reviews: {mean}</source>
        <translation>média das avaliações: {mean}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The consensus was not recorded</source>
        <translation>O consenso não foi registado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The consensus was not removed</source>
        <translation>O consenso não foi removido</translation>
    </message>
</context>
<context>
    <name>CoordinatorSection</name>
    <message>
        <location filename="../../imin_desktop/ui/event/start_section.py" line="+32"/>
        <source>&lt;b&gt;Coordinating a challenge?&lt;/b&gt; Open its event file (.imin) or create a new event.</source>
        <translation>&lt;b&gt;Coordena um desafio?&lt;/b&gt; Abra o ficheiro do evento (.imin) ou crie um novo evento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an event…</source>
        <translation>Abrir um evento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Open an event</source>
        <translation>Abrir um evento</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Create an event…</source>
        <translation>Criar um evento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an event</source>
        <translation>Criar um evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new event: title, rubric, where to save it (Ctrl+N)</source>
        <translation>Um novo evento: título, grelha de avaliação, onde o guardar (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Event files (*.imin);;All files (*)</source>
        <translation>Ficheiros de evento (*.imin);;Todos os ficheiros (*)</translation>
    </message>
</context>
<context>
    <name>CoverageHeatMap</name>
    <message>
        <location filename="../../imin_desktop/ui/event/coverage_view.py" line="+34"/>
        <source>Coverage heat map</source>
        <translation>Mapa de cobertura</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>done</source>
        <translation>concluída</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>rascunho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>em falta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>conflict</source>
        <translation>conflito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assigned</source>
        <translation>não atribuída</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <location line="+90"/>
        <source>Coverage totals</source>
        <translation>Totais de cobertura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy e-mail addresses</source>
        <translation>Copiar endereços de e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the addresses of the jurors still missing, ready to paste into an e-mail</source>
        <translation>Copiar os endereços dos jurados em falta, prontos a colar num e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Em falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Concluídas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jurors still missing</source>
        <translation>Jurados em falta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jurors down, submissions across:</source>
        <translation>Jurados nas linhas, candidaturas nas colunas:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reviews: {done} done, {draft} in draft, {missing} missing; {conflict} conflict(s).</source>
        <translation>Avaliações: {done} concluídas, {draft} em rascunho, {missing} em falta; {conflict} conflito(s).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Still missing&lt;/b&gt;: {n} juror(s) owe reviews (missing or still in draft).</source>
        <translation>&lt;b&gt;Ainda em falta&lt;/b&gt;: {n} jurado(s) com avaliações por entregar (em falta ou ainda em rascunho).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Nobody is missing&lt;/b&gt;: every assigned review is done.</source>
        <translation>&lt;b&gt;Não falta ninguém&lt;/b&gt;: todas as avaliações atribuídas estão concluídas.</translation>
    </message>
</context>
<context>
    <name>CriterionBlock</name>
    <message>
        <location filename="../../imin_desktop/ui/juror/score_widgets.py" line="+363"/>
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
    <name>DecisionsPage</name>
    <message>
        <location filename="../../imin_desktop/ui/event/decisions_page.py" line="+94"/>
        <source>Standing</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Panel order</source>
        <translation>Ordem do júri</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Rationale</source>
        <translation>Fundamentação</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions</source>
        <translation>Decisões</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <source>Select a submission.</source>
        <translation>Selecione uma candidatura.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Why the panel decided so (shown in the report)</source>
        <translation>Porque decidiu assim o júri (consta do relatório)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record decision</source>
        <translation>&amp;Registar decisão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdraw</source>
        <translation>Re&amp;tirar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Outcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ationale:</source>
        <translation>&amp;Fundamentação:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Undo</source>
        <translation>Anular</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Undo: {what}</source>
        <translation>Anular: {what}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Decision (read-only: shown, not changed)</source>
        <translation>Decisão (só de leitura: mostrada, não alterada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened read-only: decisions cannot be changed here.</source>
        <translation>Aberto só para leitura: as decisões não podem ser alteradas aqui.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Changed elsewhere</source>
        <translation>Alterada noutro lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This decision was changed elsewhere (another window or imin decide) since you read it. Nothing was overwritten. Reload?</source>
        <translation>Esta decisão foi alterada noutro lado (outra janela ou imin decide) depois de a ter lido. Nada foi substituído. Recarregar?</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>decide {id}</source>
        <translation>decidir {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>The decision could not be undone</source>
        <translation>Não foi possível anular a decisão</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Override the results?</source>
        <translation>Contrariar os resultados?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id} is {reasons}. Decide “{outcome}” anyway? The override is recorded in the audit trail.</source>
        <translation>{id} está em: {reasons}. Decidir “{outcome}” mesmo assim? A exceção fica no registo de auditoria.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The decision was not recorded</source>
        <translation>A decisão não foi registada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording the decision…</source>
        <translation>A registar a decisão…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>withdraw {id}</source>
        <translation>retirar {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawing the decision…</source>
        <translation>A retirar a decisão…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not withdrawn</source>
        <translation>Não retirada</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>order {ids}</source>
        <translation>ordenar {ids}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order could not be undone</source>
        <translation>Não foi possível anular a ordem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording the order…</source>
        <translation>A registar a ordem…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order was not recorded</source>
        <translation>A ordem não foi registada</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="+82"/>
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
        <location filename="../../imin_desktop/ui/event/context.py" line="+96"/>
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
    <name>EventPageOne</name>
    <message>
        <location filename="../../imin_desktop/ui/event/wizard.py" line="+43"/>
        <source>The event</source>
        <translation>O evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the challenge is called, and whether jurors see who submitted.</source>
        <translation>Como se chama o desafio, e se os jurados veem quem se candidatou.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title of the event</source>
        <translation>Título do evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. eHealth Summit 2026 challenge</source>
        <translation>p. ex. desafio eHealth Summit 2026</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blind evaluation: jurors do not see the teams</source>
        <translation>Avaliação anónima: os jurados não veem as equipas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. organisation, website</source>
        <translation>p. ex. organização, sítio web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission fields that identify the team, left out of the kits (comma-separated)</source>
        <translation>Campos da candidatura que identificam a equipa, deixados fora dos kits (separados por vírgulas)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also &amp;hide fields</source>
        <translation>&amp;Ocultar também os campos</translation>
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
        <location filename="../../imin_desktop/ui/event/window.py" line="+81"/>
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
        <location line="+2"/>
        <source>&amp;New event…</source>
        <translation>&amp;Novo evento…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The event could not be read</source>
        <translation>Não foi possível ler o evento</translation>
    </message>
</context>
<context>
    <name>ExAequoPanel</name>
    <message>
        <location filename="../../imin_desktop/ui/event/ex_aequo_panel.py" line="+33"/>
        <source>Ex aequo groups</source>
        <translation>Grupos ex aequo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ex aequo group</source>
        <translation>Grupo ex aequo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order of the group, first place first</source>
        <translation>Ordem do grupo, primeiro lugar primeiro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag to order, or use Up and Down. Tick “same place as above” to keep a submission ex aequo with the one above it.</source>
        <translation>Arraste para ordenar, ou use Subir e Descer. Assinale “mesmo lugar que a anterior” para manter uma candidatura ex aequo com a que está acima.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rationale for this order (required)</source>
        <translation>Fundamentação desta ordem (obrigatória)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rationale for the order</source>
        <translation>Fundamentação da ordem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;order</source>
        <translation>Registar &amp;ordem</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rank {rank}: {ids}</source>
        <translation>Posição {rank}: {ids}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submissions with the same total that no tie-break separates. Put each group in the panel&apos;s order; the report follows it.</source>
        <translation>Candidaturas com o mesmo total que nenhum desempate separa. Ponha cada grupo pela ordem do júri; o relatório segue-a.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ex aequo groups under this method.</source>
        <translation>Não há grupos ex aequo com este método.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no decision</source>
        <translation>sem decisão</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checked: same place as the submission above</source>
        <translation>Assinalada: mesmo lugar que a candidatura acima</translation>
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
        <location filename="../../imin_desktop/ui/common/attachments.py" line="+205"/>
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
    <name>FolderDialog</name>
    <message>
        <location filename="../../imin_desktop/ui/event/handout.py" line="+82"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Folder</source>
        <translation>&amp;Pasta</translation>
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
    <name>JurorSubmissionMatrixTableModel</name>
    <message>
        <location filename="../../imin_desktop/ui/event/matrix_model.py" line="+52"/>
        <source>assigned</source>
        <translation>atribuída</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>calibration</source>
        <translation>calibração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assigned, review received</source>
        <translation>atribuída, avaliação recebida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict of interest</source>
        <translation>conflito de interesses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not assigned</source>
        <translation>não atribuída</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Reviewers</source>
        <translation>Avaliadores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jurors assigned to the submission</source>
        <translation>Jurados atribuídos à candidatura</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: {n} submission(s)</source>
        <translation>{name}: {n} candidatura(s)</translation>
    </message>
</context>
<context>
    <name>JurorsPanel</name>
    <message>
        <location filename="../../imin_desktop/ui/event/people_panels.py" line="+52"/>
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
    <name>KitsDialog</name>
    <message>
        <location filename="../../imin_desktop/ui/event/handout.py" line="+29"/>
        <source>Export kits</source>
        <translation>Exportar kits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One kit per juror with assignments (&lt;juror&gt;.iminkit). Exporting again keeps each juror&apos;s kit identity, so score files already handed back stay valid.</source>
        <translation>Um kit por jurado com atribuições (&lt;jurado&gt;.iminkit). Exportar de novo mantém a identidade do kit de cada jurado, por isso os ficheiros de pontuação já devolvidos continuam válidos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypt each kit with its own passphrase</source>
        <translation>Cifrar cada kit com a sua própria frase-passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrases are shown once and written to passphrases.csv in the folder; give each juror theirs separately from the kit.</source>
        <translation>As frases-passe são mostradas uma só vez e gravadas em passphrases.csv na pasta; entregue a cada jurado a sua, separadamente do kit.</translation>
    </message>
</context>
<context>
    <name>LeniencyChart</name>
    <message>
        <location filename="../../imin_desktop/ui/event/results_panels.py" line="+113"/>
        <source>Juror leniency chart</source>
        <translation>Gráfico da benevolência dos jurados</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>← stricter   points on the total   more generous →</source>
        <translation>← mais exigente   pontos no total   mais benevolente →</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no estimate</source>
        <translation>sem estimativa</translation>
    </message>
</context>
<context>
    <name>LeniencyPanel</name>
    <message>
        <location line="+26"/>
        <source>How much each juror&apos;s totals sit above (generous) or below (strict) the others&apos; on the same submissions, estimated from shared submissions. The adjusted method removes these offsets.</source>
        <translation>Quanto os totais de cada jurado ficam acima (generoso) ou abaixo (severo) dos outros nas mesmas candidaturas, estimado a partir das candidaturas partilhadas. O método ajustado retira estes desvios.</translation>
    </message>
</context>
<context>
    <name>NewEventWizard</name>
    <message>
        <location filename="../../imin_desktop/ui/event/wizard.py" line="+166"/>
        <source>New event</source>
        <translation>Novo evento</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The event could not be created</source>
        <translation>Não foi possível criar o evento</translation>
    </message>
</context>
<context>
    <name>OutputsPage</name>
    <message>
        <location filename="../../imin_desktop/ui/event/outputs_page.py" line="+62"/>
        <source>Language of the outputs</source>
        <translation>Língua dos documentos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consolidation method of the outputs</source>
        <translation>Método de agregação dos documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For every output</source>
        <translation>Para todos os documentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Língua:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results workbook (.xlsx)</source>
        <translation>Livro de resultados (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;workbook…</source>
        <translation>Exportar &amp;livro…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every figure, review and decision, for spreadsheets.</source>
        <translation>Todos os números, avaliações e decisões, para folhas de cálculo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision report (.pdf)</source>
        <translation>Relatório de decisão (.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Draft (watermarked)</source>
        <translation>&amp;Rascunho (com marca de água)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Final, for signature</source>
        <translation>&amp;Final, para assinatura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generate &amp;report…</source>
        <translation>Gerar &amp;relatório…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applicant&apos;s evaluation summary (.pdf)</source>
        <translation>Resumo da avaliação para o candidato (.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission of the summary</source>
        <translation>Candidatura do resumo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;summary…</source>
        <translation>Exportar re&amp;sumo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One submission&apos;s scores and comments, to send to its applicant.</source>
        <translation>As pontuações e os comentários de uma candidatura, para enviar ao candidato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evaluation letters (one .pdf per submission)</source>
        <translation>Cartas de avaliação (um .pdf por candidatura)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Português</source>
        <translation>Português</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each in its submission&apos;s language</source>
        <translation>Cada uma na língua da sua candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the letters</source>
        <translation>Língua das cartas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;letters…</source>
        <translation>Exportar &amp;cartas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A letter to every applicant with the panel&apos;s consensus scores (the mean where none was agreed), comments and decision.</source>
        <translation>Uma carta para cada candidato com as pontuações de consenso do júri (a média onde nada foi acordado), os comentários e a decisão.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open a PDF…</source>
        <translation>&amp;Abrir um PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview a report generated earlier</source>
        <translation>Pré-visualizar um relatório gerado antes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No report previewed yet: generate one, or open a PDF.</source>
        <translation>Ainda nenhum relatório pré-visualizado: gere um, ou abra um PDF.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Export the workbook</source>
        <translation>Exportar o livro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Livro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting the workbook…</source>
        <translation>A exportar o livro…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workbook was not exported</source>
        <translation>O livro não foi exportado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generate the decision report</source>
        <translation>Gerar o relatório de decisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <location line="+36"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Generating the evaluation summary…</source>
        <translation>A gerar o resumo da avaliação…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating the decision report…</source>
        <translation>A gerar o relatório de decisão…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report was not generated</source>
        <translation>O relatório não foi gerado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The event is not ready for a final report</source>
        <translation>O evento ainda não está pronto para um relatório final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still missing:
{list}

Generate a final report anyway?</source>
        <translation>Ainda falta:
{list}

Gerar um relatório final mesmo assim?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the evaluation summary</source>
        <translation>Exportar o resumo da avaliação</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder for the evaluation letters</source>
        <translation>Pasta para as cartas de avaliação</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the evaluation letters…</source>
        <translation>A escrever as cartas de avaliação…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letters were not written</source>
        <translation>As cartas não foram escritas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written: {path}</source>
        <translation>Escrito: {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preview a PDF</source>
        <translation>Pré-visualizar um PDF</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The report was not printed</source>
        <translation>O relatório não foi impresso</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Enviada %n página para a impressora.</numerusform>
            <numerusform>Enviadas %n páginas para a impressora.</numerusform>
        </translation>
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
    <name>PassphrasesDialog</name>
    <message>
        <location filename="../../imin_desktop/ui/event/handout.py" line="+25"/>
        <source>Kit passphrases</source>
        <translation>Frases-passe dos kits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{n} encrypted kit(s) written.&lt;/b&gt; These passphrases are shown only now. The list was saved as &lt;b&gt;{file}&lt;/b&gt; — print it or keep it safe, and give each juror their passphrase separately from their kit (in person, by phone or text message).</source>
        <translation>&lt;b&gt;Kits cifrados gravados: {n}.&lt;/b&gt; Estas frases-passe só são mostradas agora. A lista foi guardada como &lt;b&gt;{file}&lt;/b&gt; — imprima-a ou guarde-a em segurança, e entregue a cada jurado a sua frase-passe separadamente do kit (em pessoa, por telefone ou mensagem).</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Frase-passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrases</source>
        <translation>Frases-passe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy all</source>
        <translation>Copiar tudo</translation>
    </message>
</context>
<context>
    <name>PdfPage</name>
    <message>
        <location filename="../../imin_desktop/ui/common/attachments.py" line="-153"/>
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
        <location line="+44"/>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../imin_desktop/ui/common/pdf_print.py" line="+27"/>
        <source>There is no document to print.</source>
        <translation>Não há nenhum documento para imprimir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The printer could not be started.</source>
        <translation>Não foi possível iniciar a impressora.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../imin_desktop/ui/event/submissions_panel.py" line="+44"/>
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
    <name>RankingTableModel</name>
    <message>
        <location filename="../../imin_desktop/ui/event/ranking_model.py" line="+127"/>
        <source>Standing</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranked: passes every threshold and gate. The others are shown apart.</source>
        <translation>Classificada: cumpre todos os limiares e perguntas de elegibilidade. As outras são mostradas à parte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank under the chosen method (4= : ex aequo, shared); a settled ex aequo group takes its places in the panel&apos;s order. Submissions shown apart keep their computed rank for reference.</source>
        <translation>Posição no método escolhido (4= : ex aequo, partilhada); um grupo ex aequo desempatado ocupa os seus lugares pela ordem do júri. As candidaturas mostradas à parte mantêm a posição calculada, para referência.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submission</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consolidated total under the chosen method</source>
        <translation>Total consolidado no método escolhido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted reviews / assigned</source>
        <translation>Avaliações contadas / atribuídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread</source>
        <translation>Amplitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest minus lowest review total</source>
        <translation>Maior menos menor total das avaliações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank range</source>
        <translation>Intervalo de posição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5th–95th percentile of the rank when the reviews are resampled</source>
        <translation>Percentis 5–95 da posição quando as avaliações são reamostradas</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>P(top %n)</source>
        <translation>
            <numerusform>P(top %n)</numerusform>
            <numerusform>P(top %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Share of resamples in which it finished in the top %n</source>
        <translation>
            <numerusform>Proporção de reamostragens em que ficou no top %n</numerusform>
            <numerusform>Proporção de reamostragens em que ficou no top %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../imin_desktop/ui/event/widgets.py" line="+177"/>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/event/sorting_table.py" line="+35"/>
        <source>Filter (accents and case ignored)</source>
        <translation>Filtrar (sem distinguir acentos nem maiúsculas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter {what}</source>
        <translation>Filtrar {what}</translation>
    </message>
</context>
<context>
    <name>ReliabilityPanel</name>
    <message>
        <location filename="../../imin_desktop/ui/event/reliability_panel.py" line="+39"/>
        <source>the jurors agree well: the ranking rests on shared judgement</source>
        <translation>os jurados concordam bem: a classificação assenta num juízo partilhado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tentative agreement: read the flagged submissions before deciding</source>
        <translation>concordância provisória: leia as candidaturas com alertas antes de decidir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low agreement: the totals depend on who reviewed; consider the adjusted method and a discussion of the disputed submissions</source>
        <translation>concordância fraca: os totais dependem de quem avaliou; considere o método ajustado e uma discussão das candidaturas em desacordo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>excellent</source>
        <translation>excelente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>good</source>
        <translation>boa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poor</source>
        <translation>fraca</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agreement on the review totals</source>
        <translation>Concordância nos totais das avaliações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement per criterion</source>
        <translation>Concordância por critério</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing</source>
        <translation>em falta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not computed</source>
        <translation>não calculado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ICC(2,1)</source>
        <translation>ICC(2,1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ICC(1,1)</source>
        <translation>ICC(1,1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{raters} jurors with counted reviews; {rows} submissions reviewed by all of them.</source>
        <translation>{raters} jurados com avaliações contadas; {rows} candidaturas avaliadas por todos eles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Krippendorff&apos;s alpha (interval)</source>
        <translation>Alfa de Krippendorff (intervalar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Krippendorff&apos;s alpha (ordinal)</source>
        <translation>Alfa de Krippendorff (ordinal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same, counting only the order of the scores</source>
        <translation>o mesmo, contando só a ordem das pontuações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{words} consistency of single jurors&apos; totals</source>
        <translation>consistência {words} dos totais de cada jurado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kendall&apos;s W</source>
        <translation>W de Kendall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how far the jurors order the same submissions alike (1 = identically)</source>
        <translation>até que ponto os jurados ordenam as mesmas candidaturas da mesma forma (1 = igual)</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../imin_desktop/ui/event/wording.py" line="+38"/>
        <source>Mean</source>
        <translation>Média</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trimmed mean</source>
        <translation>Média aparada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Z-score (per juror)</source>
        <translation>Z-score (por jurado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusted for juror leniency</source>
        <translation>Ajustado à benevolência dos jurados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel consensus</source>
        <translation>Consenso do júri</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The average of the counted reviews, criterion by criterion.</source>
        <translation>A média das avaliações contadas, critério a critério.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The middle review per criterion: one outlying juror cannot move it.</source>
        <translation>A avaliação do meio em cada critério: um jurado discrepante não a move.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The average after dropping the highest and lowest review (with 4+).</source>
        <translation>A média depois de retirar a avaliação mais alta e a mais baixa (com 4 ou mais).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each juror&apos;s scores standardised first, so strict and generous jurors weigh the same.</source>
        <translation>As pontuações de cada jurado são primeiro normalizadas, para que jurados exigentes e benevolentes pesem o mesmo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each juror&apos;s leniency estimated from shared submissions and removed.</source>
        <translation>A benevolência de cada jurado é estimada nas candidaturas partilhadas e retirada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The panel&apos;s agreed scores where recorded, the mean elsewhere.</source>
        <translation>As pontuações acordadas pelo júri onde existem, a média nas restantes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>jurors disagree</source>
        <translation>desacordo entre jurados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>few reviews</source>
        <translation>poucas avaliações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ex aequo</source>
        <translation>ex aequo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below threshold</source>
        <translation>abaixo do limiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ineligible</source>
        <translation>não elegível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eligibility disputed</source>
        <translation>elegibilidade contestada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not comparable</source>
        <translation>não comparável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depends on method</source>
        <translation>depende do método</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no consensus</source>
        <translation>sem consenso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consensus far from reviews</source>
        <translation>consenso afastado das avaliações</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The review totals are far apart (spread above the event&apos;s disagreement limit): read the reviews before deciding.</source>
        <translation>Os totais das avaliações estão muito afastados (amplitude acima do limite de desacordo do evento): leia as avaliações antes de decidir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewer counted reviews than assigned, or fewer than two.</source>
        <translation>Menos avaliações contadas do que atribuídas, ou menos de duas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same total and no tie-break separates it from another submission; the panel settles the order on the Decisions page.</source>
        <translation>Mesmo total e nenhum desempate a separa de outra candidatura; o júri decide a ordem na página Decisões.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A criterion or the total is below the rubric&apos;s threshold: shown apart from the ranked list.</source>
        <translation>Um critério ou o total está abaixo do limiar da grelha: mostrada à parte da classificação.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than half of the counted reviews answered an eligibility question &apos;no&apos;: shown apart from the ranked list.</source>
        <translation>Mais de metade das avaliações contadas respondeu &apos;não&apos; a uma pergunta de elegibilidade: mostrada à parte da classificação.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one juror answered an eligibility question &apos;no&apos;.</source>
        <translation>Pelo menos um jurado respondeu &apos;não&apos; a uma pergunta de elegibilidade.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its jurors share no submission with the other jurors: adjusted values are comparable only within their group.</source>
        <translation>Os seus jurados não partilham nenhuma candidatura com os outros: os valores ajustados só são comparáveis dentro do grupo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether it is in the top k changes with the method: see Method sensitivity.</source>
        <translation>Estar ou não no top k muda com o método: veja Sensibilidade ao método.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not every criterion has an agreed score: the mean is used where none is.</source>
        <translation>Nem todos os critérios têm pontuação acordada: onde falta, é usada a média.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An agreed score is far from the mean of the individual reviews.</source>
        <translation>Uma pontuação acordada está afastada da média das avaliações individuais.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ranked</source>
        <translation>Classificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apart: below threshold</source>
        <translation>À parte: abaixo do limiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apart: ineligible</source>
        <translation>À parte: não elegível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apart: not assessed</source>
        <translation>À parte: não avaliada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Winner</source>
        <translation>Vencedora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalist</source>
        <translation>Finalista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honourable mention</source>
        <translation>Menção honrosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not selected</source>
        <translation>Não selecionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ineligible</source>
        <translation>Não elegível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funded</source>
        <translation>Financiada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve</source>
        <translation>Lista de reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not funded</source>
        <translation>Não financiada</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../imin_desktop/ui/event/results_page.py" line="+57"/>
        <source>Consolidation method</source>
        <translation>Método de agregação</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by id, title, flag, decision…</source>
        <translation>Filtrar por id, título, alerta, decisão…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the ranking</source>
        <translation>Filtrar a classificação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open reviews…</source>
        <translation>Abrir avaliações…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every review of the selected submission, side by side (or double-click a row)</source>
        <translation>Todas as avaliações da candidatura selecionada, lado a lado (ou faça duplo clique numa linha)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ranking</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grey rows marked “Apart” are not in the ranked list: below a threshold, ineligible, or without counted reviews; their rank is shown for reference. Hover a flag for its explanation.</source>
        <translation>As linhas a cinzento marcadas “À parte” não estão na classificação: abaixo de um limiar, não elegíveis ou sem avaliações contadas; a posição é mostrada para referência. Passe o cursor sobre um alerta para ver a explicação.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Method sensitivity</source>
        <translation>Sensibilidade ao método</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Juror leniency</source>
        <translation>Benevolência dos jurados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliability</source>
        <translation>Concordância</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Computing the results ({method})…</source>
        <translation>A calcular os resultados ({method})…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The results could not be computed</source>
        <translation>Não foi possível calcular os resultados</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{ranked} ranked · {apart} apart</source>
        <translation>{ranked} classificadas · {apart} à parte</translation>
    </message>
</context>
<context>
    <name>RubricPage</name>
    <message>
        <location filename="../../imin_desktop/ui/event/wizard.py" line="-188"/>
        <source>The rubric</source>
        <translation>A grelha de avaliação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The criteria jurors score. It can be replaced until the first kit or score sheet is handed out.</source>
        <translation>Os critérios que os jurados pontuam. Pode ser substituída até ser entregue o primeiro kit ou folha de pontuação.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A rubric that comes with imIN (English and Portuguese)</source>
        <translation>Uma grelha de avaliação incluída no imIN (inglês e português)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A rubric file (.json or .xlsx)</source>
        <translation>Um ficheiro de grelha de avaliação (.json ou .xlsx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rubric file</source>
        <translation>Ficheiro da grelha de avaliação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a rubric</source>
        <translation>Escolher uma grelha de avaliação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubrics (*.json *.xlsx);;All files (*)</source>
        <translation>Grelhas de avaliação (*.json *.xlsx);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This rubric cannot be used: {why}</source>
        <translation>Esta grelha de avaliação não pode ser usada: {why}</translation>
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
    <name>SavePage</name>
    <message>
        <location filename="../../imin_desktop/ui/event/wizard.py" line="+13"/>
        <source>Where to save the event</source>
        <translation>Onde guardar o evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event is one file (.imin) holding everything: submissions, jurors, scores, decisions. Keep it somewhere backed up.</source>
        <translation>O evento é um único ficheiro (.imin) com tudo: candidaturas, jurados, pontuações, decisões. Guarde-o num sítio com cópia de segurança.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event file</source>
        <translation>Ficheiro do evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the event as</source>
        <translation>Guardar o evento como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event files (*.imin)</source>
        <translation>Ficheiros de evento (*.imin)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} already exists: choose another name.</source>
        <translation>{file} já existe: escolha outro nome.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} does not exist.</source>
        <translation>A pasta {folder} não existe.</translation>
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
    <name>SensitivityPanel</name>
    <message>
        <location filename="../../imin_desktop/ui/event/results_panels.py" line="-144"/>
        <source>Method sensitivity</source>
        <translation>Sensibilidade ao método</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Submission</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The top %n changes with the method for: {ids}. ★ marks a place in the top %n.</source>
        <translation>
            <numerusform>O top %n muda com o método para: {ids}. ★ marca um lugar no top %n.</numerusform>
            <numerusform>O top %n muda com o método para: {ids}. ★ marca um lugar no top %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The top %n is the same under every method. ★ marks a place in the top %n.</source>
        <translation>
            <numerusform>O top %n é o mesmo em todos os métodos. ★ marca um lugar no top %n.</numerusform>
            <numerusform>O top %n é o mesmo em todos os métodos. ★ marca um lugar no top %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../imin_desktop/ui/common/settings_dialog.py" line="+34"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the program</source>
        <translation>Língua do programa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the system (%1)</source>
        <translation>A mesma do sistema (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Língua</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows opened from now on use the new language; the ones already open change when imIN Desktop starts again.</source>
        <translation>As janelas abertas a partir de agora usam a nova língua; as que já estão abertas mudam quando o imIN Desktop voltar a ser iniciado.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Definições…</translation>
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
    <name>SheetsDialog</name>
    <message>
        <location filename="../../imin_desktop/ui/event/handout.py" line="-39"/>
        <source>Export score sheets</source>
        <translation>Exportar folhas de pontuação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One Excel score sheet per juror with assignments, for jurors who will not install the program. Filled sheets are merged on the Collect page.</source>
        <translation>Uma folha de pontuação Excel por jurado com atribuições, para os jurados que não vão instalar o programa. As folhas preenchidas são juntas na página Recolha.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Língua</translation>
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
    <name>SortingTable</name>
    <message>
        <location filename="../../imin_desktop/ui/event/sorting_table.py" line="+117"/>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
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
        <location line="+27"/>
        <location line="+67"/>
        <source>Open a juror kit…</source>
        <translation>Abrir um kit de jurado…</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+103"/>
        <source>Open a juror kit</source>
        <translation>Abrir um kit de jurado</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Choose the kit file the coordinator gave you (Ctrl+O)</source>
        <translation>Escolha o ficheiro do kit que o coordenador lhe deu (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+22"/>
        <source>Double-click or press Enter to open</source>
        <translation>Faça duplo clique ou prima Enter para abrir</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Score your assigned submissions offline, or run a challenge&apos;s jury.</source>
        <translation>Avalie as candidaturas que lhe foram atribuídas sem ligação à Internet, ou conduza o júri de um desafio.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drop your juror kit (.iminkit) or an event file (.imin) here, or</source>
        <translation>Largue aqui o seu kit de jurado (.iminkit) ou um ficheiro de evento (.imin), ou</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open an event read-only…</source>
        <translation>Abrir um evento só para leitura…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a manager: read the results and decisions, print the report, change nothing</source>
        <translation>Para um responsável: ler os resultados e as decisões, imprimir o relatório, sem alterar nada</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+6"/>
        <source>Recent kits and events</source>
        <translation>Kits e eventos recentes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create an event…</source>
        <translation>Criar um evento…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No kit or event opened yet on this computer.</source>
        <translation>Ainda não foi aberto nenhum kit nem evento neste computador.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open an event read-only</source>
        <translation>Abrir um evento só para leitura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event files (*.imin);;All files (*)</source>
        <translation>Ficheiros de evento (*.imin);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Juror kits (*.iminkit);;Event files (*.imin);;All files (*)</source>
        <translation>Kits de jurado (*.iminkit);;Ficheiros de evento (*.imin);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was not found.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; não foi encontrado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>imIN Desktop opens juror kits (&lt;b&gt;.iminkit&lt;/b&gt;) and event files (&lt;b&gt;.imin&lt;/b&gt;); &lt;b&gt;{file}&lt;/b&gt; is neither.</source>
        <translation>O imIN Desktop abre kits de jurado (&lt;b&gt;.iminkit&lt;/b&gt;) e ficheiros de evento (&lt;b&gt;.imin&lt;/b&gt;); &lt;b&gt;{file}&lt;/b&gt; não é nenhum deles.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The event server could not be opened</source>
        <translation>Não foi possível abrir o servidor do evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event server did not let this login in.</source>
        <translation>O servidor do evento não deixou entrar com este acesso.</translation>
    </message>
    <message>
        <location line="+53"/>
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
    <name>SubmissionDialog</name>
    <message>
        <location filename="../../imin_desktop/ui/event/submission_dialog.py" line="+54"/>
        <source>{id} — reviews</source>
        <translation>{id} — avaliações</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rank {rank} · total {total} ({method}) · {standing} · {reviews} counted of {assigned} assigned</source>
        <translation>Posição {rank} · total {total} ({method}) · {standing} · {reviews} contadas de {assigned} atribuídas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No flags.</source>
        <translation>Sem alertas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <source>Reviews side by side</source>
        <translation>Avaliações lado a lado</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Attachments:</source>
        <translation>Anexos:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Panel consensus</source>
        <translation>Consenso do júri</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consolidated</source>
        <translation>Consolidado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counted</source>
        <translation>contada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not counted: conflict</source>
        <translation>não contada: conflito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not counted: draft</source>
        <translation>não contada: rascunho</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} · {status} · updated {at}</source>
        <translation>{name} · {status} · atualizada {at}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft</source>
        <translation>rascunho</translation>
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
        <location filename="../../imin_desktop/ui/juror/submission_viewer.py" line="+64"/>
        <source>Submission</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submission details</source>
        <translation>Detalhes da candidatura</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+78"/>
        <source>Team</source>
        <translation>Equipa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blind review: the team is not shown.</source>
        <translation>Avaliação anónima: a equipa não é mostrada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show everything ({n} fields)</source>
        <translation>Mostrar tudo ({n} campos)</translation>
    </message>
</context>
<context>
    <name>SubmissionsPanel</name>
    <message>
        <location filename="../../imin_desktop/ui/event/submissions_panel.py" line="+23"/>
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
        <location filename="../../imin_desktop/ui/juror/workspace_window.py" line="+61"/>
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
        <location line="+41"/>
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
        <location line="+3"/>
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
