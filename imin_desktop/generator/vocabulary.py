"""Words the generator combines: Portuguese names, organisations, project titles, prose.

Every text pair is ``(pt, en)``. Names and organisations deliberately carry accents
(ç, ã, õ, é, ú, â, ê, í, ó) so that every reader and writer downstream meets them.
None of them contains ``;``, ``<``, ``>``, ``(`` or ``)``: the listing's team cell
uses those characters as separators (see ``listing.py``).
"""

from __future__ import annotations

FIRST_NAMES = (
    "João", "Conceição", "Inês", "José", "António", "Ana", "Maria", "Luís", "Sónia", "Tânia",
    "Célia", "Gonçalo", "Sebastião", "Simão", "Leonor", "Beatriz", "Mónica", "Fátima", "Rúben",
    "André", "Vítor", "Hélder", "Joana", "Raquel", "Marta", "Rui", "Pedro", "Tiago", "Diogo",
    "Íris", "Lúcia", "Cátia", "Márcia", "Bárbara", "Nádia", "Flávio", "Fábio", "Sérgio",
    "Cláudia", "Patrícia", "Margarida", "Matilde", "Mafalda", "Francisco", "Duarte", "Tomás",
    "Estêvão", "Glória", "Jéssica", "Natália", "Armando", "Rosário", "Assunção", "Graça",
    "Romão", "Adão", "Damião", "Valéria", "Noémia", "Zélia",
)  # fmt: skip

SURNAMES = (
    "Gonçalves", "Sousa", "Conceição", "Simões", "Guimarães", "Magalhães", "Araújo", "Lopes",
    "Fernandes", "Brandão", "Assunção", "Gião", "Lourenço", "Loureiro", "Brás", "Falcão",
    "Estêvão", "Caldeira", "Teixeira", "Pereira", "Mendonça", "Frazão", "Leitão", "Romão",
    "Patrício", "Gusmão", "Antunes", "Veloso", "Barroso", "Cunha", "Correia", "Fonseca",
    "Gaspar", "Marques", "Nóbrega", "Quintão", "Sequeira", "Tavares", "Valente", "Açores",
    "Galvão", "Cortês", "Sá", "Mourão", "Bragança", "Queirós", "Aragão", "Seixas", "Pinto",
    "Macedo",
)  # fmt: skip

# (display name, e-mail domain label); addresses use the reserved ``.example`` top-level
# domain so that generated data can never reach a real mailbox.
ORGANISATIONS = (
    ("ULS Coimbra", "ulscoimbra"),
    ("ULS São João", "ulssaojoao"),
    ("ULS Santa Maria", "ulssantamaria"),
    ("Hospital de Santa Maria", "hsm"),
    ("Hospital de São José", "hsj"),
    ("Hospital de Braga", "hbraga"),
    ("ULS Algarve", "ulsalgarve"),
    ("IPO Porto", "ipoporto"),
    ("ULS Trás-os-Montes e Alto Douro", "ulstmad"),
    ("ULS Alto Alentejo", "ulsaa"),
    ("ULS Cova da Beira", "ulscb"),
    ("ULS Médio Tejo", "ulsmt"),
    ("INESC TEC", "inesctec"),
    ("Universidade de Coimbra", "uc"),
    ("Universidade do Minho", "uminho"),
    ("Faculdade de Medicina da Universidade de Lisboa", "medicina-ulisboa"),
    ("NOVA Medical School", "nms"),
    ("Instituto Superior Técnico", "tecnico"),
    ("Fraunhofer Portugal AICOS", "fraunhofer-aicos"),
    ("Escola Nacional de Saúde Pública", "ensp"),
    ("Instituto Nacional de Saúde Doutor Ricardo Jorge", "insa"),
    ("Câmara Municipal de Évora", "cm-evora"),
    ("Saúde Próxima, Lda.", "saudeproxima"),
    ("MedAção Lda.", "medacao"),
    ("Cuidar+ Digital", "cuidarmais"),
    ("Vitalis Tecnologias", "vitalis"),
    ("Rede Sénior Lda.", "redesenior"),
    ("Cardiosão Health", "cardiosao"),
    ("Farmácias Portuguesas — Inovação", "farmacias"),
    ("Associação Ação Saúde Açores", "acaosaude"),
)

TRACKS = ("Startups", "Internal innovation", "eHealth Summit")

# Title parts: approach + population + setting (empty parts are skipped). Each approach names
# the populations and settings it makes sense with (space-separated keys; None: any), and
# each setting the populations it suits, so that titles read like real projects.
ANY = None
APPROACHES = (
    ("Triagem remota", "Remote triage", ANY, ANY),
    ("Rastreio da retinopatia diabética assistido por IA",
     "AI-assisted diabetic retinopathy screening", "- diabetes older migrants chronic", ANY),
    ("Telemonitorização da insuficiência cardíaca", "Heart-failure telemonitoring",
     "- chronic older carers", ANY),
    ("Gestão inteligente de consultas", "Smart appointment management", ANY, ANY),
    ("Reconciliação terapêutica digital", "Digital medication reconciliation",
     "- chronic older carers professionals cancer stroke", ANY),
    ("Deteção precoce de sépsis", "Early sepsis detection", "- older cancer children",
     "- ed primary local dayhosp carehomes"),
    ("Prescrição social digital", "Digital social prescribing", ANY, ANY),
    ("Reabilitação cardíaca em casa com sensores", "Sensor-based home cardiac rehabilitation",
     "- chronic older", "- rural primary local islands interior"),
    ("Saúde mental por videoconsulta", "Video-consultation mental-health care", ANY, ANY),
    ("Assistente de voz para adesão à medicação", "Voice assistant for medication adherence",
     "- chronic older diabetes carers cancer copd migrants stroke homeless", ANY),
    ("Previsão da afluência às urgências", "Emergency-department demand forecasting", "-",
     "- ed local islands interior"),
    ("Interoperabilidade de registos clínicos", "Clinical-record interoperability",
     "- professionals", "- primary local ed islands pharmacies carehomes dayhosp"),
    ("Deteção de quedas com sensores vestíveis", "Wearable fall detection",
     "- older stroke carers chronic", "- rural home carehomes interior islands"),
    ("Dermatoscopia móvel", "Mobile dermatoscopy",
     "- older professionals migrants homeless chronic", ANY),
    ("Vigilância epidemiológica em águas residuais", "Wastewater epidemiological surveillance",
     "-", "- local islands interior carehomes schools"),
    ("Hospitalização domiciliária apoiada por dados", "Data-driven hospital at home",
     "- chronic older cancer copd stroke carers", "- local islands interior rural"),
    ("Espirometria digital", "Digital spirometry", "- copd children chronic older", ANY),
    ("Gestão de feridas crónicas por fotografia", "Photo-based chronic wound management",
     "- diabetes older chronic homeless carers", ANY),
    ("Literacia em saúde com microvídeos", "Health literacy through micro-videos", ANY, ANY),
    ("Transporte não urgente otimizado", "Optimised non-urgent patient transport",
     "- chronic older cancer stroke", "- rural local islands interior dayhosp"),
    ("Rastreio auditivo neonatal em rede", "Networked newborn hearing screening", "- migrants",
     "- rural primary local islands interior"),
    ("Cuidados paliativos coordenados", "Coordinated palliative care",
     "- cancer older carers chronic", ANY),
    ("Receita eletrónica inteligente", "Smart e-prescription",
     "- chronic older professionals migrants", ANY),
    ("Apoio à decisão em antibioterapia", "Antibiotic-stewardship decision support",
     "- professionals children older", "- ed primary local carehomes pharmacies dayhosp"),
    ("Monitorização da gravidez de risco", "High-risk pregnancy monitoring",
     "- migrants homeless", "- rural primary local home islands interior"),
    ("Ecografia portátil com telemedicina", "Tele-guided point-of-care ultrasound",
     "- pregnant older professionals migrants", ANY),
    ("Teleconsulta de especialidade", "Specialist teleconsultation", ANY, ANY),
    ("Navegação de doentes com assistente conversacional", "Chatbot patient navigation",
     ANY, ANY),
    ("Plano de cuidados partilhado", "Shared care planning", ANY, ANY),
    ("Vacinação com lembretes inteligentes", "Smart vaccination reminders", ANY, ANY),
    ("Nutrição personalizada por aplicação móvel", "App-based personalised nutrition",
     ANY, ANY),
    ("Exercício físico prescrito e monitorizado", "Prescribed and monitored physical activity",
     ANY, ANY),
    ("Apoio psicológico em linha", "Online psychological support", ANY, ANY),
    ("Rastreio do cancro colorretal com convocatória digital",
     "Digitally invited colorectal cancer screening", "- older chronic migrants", ANY),
    ("Gestão da dor crónica com realidade virtual", "Virtual-reality chronic pain management",
     "- chronic older cancer stroke", ANY),
    ("Monitorização remota da diabetes", "Remote diabetes monitoring",
     "- diabetes children older pregnant", ANY),
    ("Deteção precoce de demência", "Early dementia detection", "- older carers", ANY),
)  # fmt: skip

POPULATIONS = (
    ("-", "", ""),
    ("chronic", "para doentes crónicos", "for chronic patients"),
    ("older", "para pessoas idosas", "for older adults"),
    ("diabetes", "para utentes com diabetes", "for people with diabetes"),
    ("children", "para crianças e jovens", "for children and young people"),
    ("carers", "para cuidadores informais", "for informal caregivers"),
    ("cancer", "para doentes oncológicos", "for cancer patients"),
    ("pregnant", "para grávidas", "for pregnant women"),
    ("copd", "para pessoas com DPOC", "for people with COPD"),
    ("migrants", "para migrantes e refugiados", "for migrants and refugees"),
    ("professionals", "para profissionais de saúde", "for health professionals"),
    ("stroke", "para sobreviventes de AVC", "for stroke survivors"),
    ("homeless", "para pessoas em situação de sem-abrigo", "for people experiencing homelessness"),
)

# (key, pt, en, populations it suits or None for any)
SETTINGS = (
    ("-", "", "", ANY),
    ("rural", "em centros de saúde rurais", "in rural health centres", ANY),
    ("primary", "nos cuidados de saúde primários", "in primary care", ANY),
    ("local", "em unidades locais de saúde", "in local health units", ANY),
    ("ed", "nas urgências hospitalares", "in hospital emergency departments",
     "- older children professionals migrants homeless chronic"),
    ("carehomes", "em lares e estruturas residenciais", "in care homes",
     "- older chronic carers professionals stroke"),
    ("home", "no domicílio", "at home",
     "- chronic older diabetes carers cancer copd stroke pregnant children"),
    ("islands", "nas regiões autónomas", "in the autonomous regions", ANY),
    ("pharmacies", "em farmácias comunitárias", "in community pharmacies",
     "- chronic older diabetes copd professionals migrants"),
    ("interior", "no interior do país", "in the country's interior", ANY),
    ("schools", "em contexto escolar", "in schools", "- children professionals migrants"),
    ("dayhosp", "em hospitais de dia", "in day hospitals", "- cancer chronic older copd"),
)  # fmt: skip


def _suits(keys: str | None, key: str) -> bool:
    return keys is None or key in keys.split()


def title_combinations() -> list[tuple[int, int, int]]:
    """Every sensible (approach, population, setting) index triple, in a fixed order."""
    return [
        (a, p, s)
        for a, approach in enumerate(APPROACHES)
        for p, population in enumerate(POPULATIONS)
        for s, setting in enumerate(SETTINGS)
        if _suits(approach[2], population[0])
        and _suits(approach[3], setting[0])
        and _suits(setting[3], population[0])
    ]


# Summary sentences, one pool per rhetorical step; placeholders are filled per submission.
PROBLEMS = (
    ("Os tempos de espera e a distância aos serviços continuam a limitar o acesso a cuidados.",
     "Waiting times and distance to services still limit access to care."),
    ("Muitas deslocações às urgências poderiam ser evitadas com acompanhamento atempado.",
     "Many emergency visits could be avoided with timely follow-up."),
    ("A informação clínica está dispersa e as equipas perdem horas a reconciliá-la.",
     "Clinical information is scattered and teams lose hours reconciling it."),
    ("A adesão à terapêutica é baixa e as complicações chegam tarde ao médico de família.",
     "Treatment adherence is low and complications reach the family doctor too late."),
    ("Nas regiões de baixa densidade, a população envelhecida está cada vez mais isolada.",
     "In low-density regions an ageing population is increasingly isolated."),
)  # fmt: skip

PROPOSALS = (
    ("A nossa proposta, «{title}», liga utentes, equipas clínicas e dados num só fluxo.",
     "Our proposal, “{title}”, joins patients, clinical teams and data in one workflow."),
    ("«{title}» integra-se no processo clínico e no RSE sem trabalho administrativo extra.",
     "“{title}” plugs into the clinical record and the EHR with no extra paperwork."),
    ("Com «{title}», a equipa de saúde recebe alertas priorizados e acionáveis.",
     "With “{title}”, the care team receives prioritised, actionable alerts."),
)  # fmt: skip

EVIDENCE = (
    ("Um piloto com {n} utentes, em parceria com {org}, reduziu em {pct}% as deslocações "
     "evitáveis.",
     "A pilot with {n} patients, run with {org}, cut avoidable trips by {pct}%."),
    ("Num estudo observacional com {n} participantes, a satisfação subiu {pct}%.",
     "In an observational study with {n} participants, satisfaction rose by {pct}%."),
    ("Os primeiros {n} utentes acompanhados mostraram uma redução de {pct}% nos "
     "reinternamentos.",
     "The first {n} patients followed showed {pct}% fewer readmissions."),
)  # fmt: skip

PLANS = (
    ("Nos próximos {months} meses pretendemos alargar a solução a mais unidades e validar o "
     "impacto económico.",
     "Over the next {months} months we plan to extend the solution to more units and validate "
     "its economic impact."),
    ("O plano a {months} meses inclui certificação como dispositivo médico e formação das "
     "equipas.",
     "The {months}-month plan includes medical-device certification and staff training."),
)  # fmt: skip

MATURITY = (
    ("A solução está em TRL {trl}, cumpre o RGPD e foi co-desenhada com profissionais de saúde.",
     "The solution is at TRL {trl}, GDPR-compliant and co-designed with health professionals."),
    ("Com TRL {trl}, o protótipo já funciona em ambiente real, com acessibilidade garantida.",
     "At TRL {trl}, the prototype already runs in a real setting, with accessibility built in."),
)  # fmt: skip

# Pitch-deck section headings (pt, en).
HEADINGS = (
    ("O problema", "The problem"),
    ("A solução", "The solution"),
    ("Impacto e evidência", "Impact and evidence"),
    ("Equipa e plano de ação", "Team and action plan"),
    ("Modelo de negócio e sustentação", "Business model and sustainability"),
)

CHART_LABELS = (
    ("Utentes acompanhados", "Patients followed"),
    ("Consultas evitadas", "Visits avoided"),
    ("Satisfação (%)", "Satisfaction (%)"),
    ("Tempo de resposta (min)", "Response time (min)"),
    ("Custo por utente (€)", "Cost per patient (€)"),
)

# Juror comments by quality band: low, middle, high.
REVIEW_COMMENTS = (
    (("Proposta pouco madura; a evidência apresentada não sustenta o impacto anunciado.",
      "An immature proposal; the evidence shown does not support the claimed impact."),
     ("Falta clareza no modelo de financiamento e na integração com o SNS.",
      "Funding model and integration with the NHS are unclear.")),
    (("Ideia pertinente, mas o plano de implementação precisa de mais detalhe.",
      "A relevant idea, but the implementation plan needs more detail."),
     ("Equipa sólida; o piloto é pequeno e a avaliação económica está por fazer.",
      "Solid team; the pilot is small and the economic evaluation is still missing.")),
    (("Excelente proposta, com evidência robusta e uma equipa multidisciplinar.",
      "Excellent proposal with robust evidence and a multidisciplinary team."),
     ("Solução madura e escalável; recomendo fortemente o apoio.",
      "A mature, scalable solution; strongly recommended for support.")),
)  # fmt: skip

CRITERION_COMMENTS = (
    ("{label}: insuficiente, faltam dados e fundamentação.",
     "{label}: insufficient, data and rationale are missing."),
    ("{label}: razoável, com pontos a melhorar.",
     "{label}: reasonable, with room for improvement."),
    ("{label}: muito bem fundamentado, com evidência clara.",
     "{label}: very well argued, with clear evidence."),
)  # fmt: skip
