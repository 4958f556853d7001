"""Small realistic articles to embed a line in, so a rule is judged where it really occurs.

Each language has a headline and three paragraphs of running text. In de, en and fr the
paragraphs are long on purpose: above 35 words the caption rule leaves a paragraph above a
credit alone, and above 60 the summary-box rule leaves a paragraph below a summary heading
alone, so a block rule can be tested in the middle of an article without a context rule
reaching its neighbours.
"""

from __future__ import annotations

from dataclasses import dataclass

import dechrome
from dechrome.model import Document, Removal


@dataclass(frozen=True)
class Article:
    headline: str
    paragraphs: tuple[str, str, str]


ARTICLES: dict[str, Article] = {
    "de": Article(
        "Bundesregierung einigt sich auf neuen Haushalt",
        (
            "Die Bundesregierung hat sich nach wochenlangen Verhandlungen auf einen Haushalt für "
            "das kommende Jahr geeinigt, wie mehrere Regierungssprecher am Mittwoch in Berlin "
            "mitteilten. Zuvor hatten die Koalitionspartner bis tief in die Nacht über "
            "Einsparungen bei Sozialleistungen und neue Investitionen gestritten.",
            "Der Entwurf sieht deutlich höhere Ausgaben für Verteidigung, Schienenwege und "
            "Brücken vor, während in der Verwaltung gespart werden soll. Die Opposition "
            "kritisierte die Pläne als unausgewogen und warf der Regierung vor, die "
            "Schuldenbremse mit Sondervermögen zu umgehen.",
            "Der Bundestag soll im Herbst über den Entwurf abstimmen. Bis dahin dürften noch "
            "einige Änderungen folgen, erwarten Beobachter in der Hauptstadt, denn mehrere "
            "Abgeordnete der Koalition haben bereits Widerstand gegen die Kürzungen beim "
            "Elterngeld angekündigt. Auch die Länder fordern mehr Geld für den Nahverkehr und "
            "wollen ihre Forderungen in den kommenden Wochen im Bundesrat vortragen, wo die "
            "Regierung keine eigene Mehrheit hat.",
        ),
    ),
    "en": Article(
        "City council approves new transit plan",
        (
            "The city council approved a new transit plan on Tuesday evening after months of "
            "debate, setting aside two billion dollars for buses and light rail over the next "
            "decade. The vote was closer than expected, with several members demanding changes "
            "to the route through the old harbour district.",
            "Supporters said the plan would cut commuting times across the region, while critics "
            "warned that the cost estimates were far too optimistic and could rise sharply once "
            "construction began. A group of local businesses has already threatened to challenge "
            "the decision in court.",
            "Construction on the first line is expected to begin next spring, officials said, and "
            "the mayor promised regular public updates on the budget and the schedule. The "
            "second phase, which would connect the airport to the city centre, still needs "
            "approval from the state legislature, and its funding depends on a federal grant "
            "that has not yet been awarded. A decision on that grant is expected before the end "
            "of the year.",
        ),
    ),
    "fr": Article(
        "Le gouvernement présente son projet de budget",
        (
            "Le gouvernement a présenté mercredi son projet de budget pour l'année prochaine, qui "
            "prévoit des économies importantes dans plusieurs ministères et une hausse des "
            "investissements dans la défense. Le ministre de l'Économie a défendu un texte "
            "nécessaire pour réduire le déficit public.",
            "Les syndicats ont dénoncé des coupes jugées injustes dans les services publics, "
            "tandis que le patronat a salué un effort de maîtrise des dépenses de l'État. Les "
            "collectivités locales craignent pour leur part une baisse des dotations dès le "
            "mois de janvier.",
            "Le texte doit être examiné par l'Assemblée nationale à l'automne, où le gouvernement "
            "ne dispose pas d'une majorité absolue, selon les observateurs. Plusieurs groupes "
            "d'opposition ont déjà annoncé le dépôt d'amendements sur la fiscalité des grandes "
            "entreprises, et une motion de censure n'est pas exclue si le gouvernement décide "
            "de recourir à l'article 49.3 pour faire adopter le budget sans vote.",
        ),
    ),
}
# Rules with phrases in more languages are tested in these articles; their last paragraph is
# long enough (above 60 words) for the summary-box rule to leave it alone, as in de, en and fr.
ARTICLES |= {
    "es": Article(
        "El ayuntamiento aprueba el nuevo plan de transporte",
        (
            "El ayuntamiento aprobó el martes por la noche un nuevo plan de transporte después "
            "de meses de debate, con una inversión de dos mil millones de euros en autobuses y "
            "tranvías durante la próxima década, según informaron fuentes municipales.",
            "Los partidarios afirman que el plan reducirá el tiempo de los desplazamientos en "
            "toda la región, mientras que los críticos advierten de que los costes previstos son "
            "demasiado optimistas y podrían aumentar mucho durante las obras.",
            "Las obras de la primera línea comenzarán la próxima primavera, y la alcaldesa "
            "prometió informar con regularidad sobre el presupuesto y el calendario. La segunda "
            "fase, que uniría el aeropuerto con el centro, todavía necesita la aprobación del "
            "gobierno regional, y su financiación depende de una subvención estatal que aún no se "
            "ha concedido. Se espera una decisión sobre esa ayuda antes de que termine el año.",
        ),
    ),
    "pt": Article(
        "Câmara aprova novo plano de transportes",
        (
            "A câmara municipal aprovou na terça-feira à noite um novo plano de transportes "
            "depois de meses de debate, com um investimento de dois mil milhões de euros em "
            "autocarros e elétricos durante a próxima década, segundo a autarquia.",
            "Os defensores dizem que o plano vai reduzir o tempo das deslocações em toda a "
            "região, enquanto os críticos alertam que as estimativas de custos são demasiado "
            "otimistas e podem subir muito quando as obras começarem.",
            "As obras da primeira linha devem começar na próxima primavera, e o presidente da "
            "câmara prometeu informar regularmente sobre o orçamento e o calendário. A segunda "
            "fase, que ligaria o aeroporto ao centro, ainda precisa da aprovação do governo, e o "
            "seu financiamento depende de um apoio europeu que ainda não foi atribuído. Espera-se "
            "uma decisão sobre esse apoio antes do fim do ano.",
        ),
    ),
    "it": Article(
        "Il consiglio comunale approva il nuovo piano dei trasporti",
        (
            "Il consiglio comunale ha approvato martedì sera un nuovo piano dei trasporti dopo "
            "mesi di discussioni, con un investimento di due miliardi di euro per autobus e tram "
            "nel corso del prossimo decennio, secondo quanto riferito dal comune.",
            "I sostenitori affermano che il piano ridurrà i tempi degli spostamenti in tutta la "
            "regione, mentre i critici avvertono che le stime dei costi sono troppo ottimistiche "
            "e potrebbero aumentare molto durante i lavori.",
            "I lavori della prima linea dovrebbero iniziare la prossima primavera, e il sindaco "
            "ha promesso aggiornamenti regolari sul bilancio e sul calendario. La seconda fase, "
            "che collegherebbe l'aeroporto al centro, deve ancora essere approvata dalla "
            "regione, e "
            "il suo finanziamento dipende da un contributo statale che non è ancora stato "
            "assegnato. Una decisione su quel contributo è attesa entro la fine dell'anno.",
        ),
    ),
    "nl": Article(
        "Gemeenteraad stemt in met nieuw vervoersplan",
        (
            "De gemeenteraad heeft dinsdagavond na maanden van discussie ingestemd met een nieuw "
            "vervoersplan, waarin de komende tien jaar twee miljard euro wordt uitgetrokken voor "
            "bussen en trams, zo maakte de gemeente bekend.",
            "Voorstanders zeggen dat het plan de reistijd in de hele regio zal verkorten, terwijl "
            "critici waarschuwen dat de geraamde kosten veel te optimistisch zijn en tijdens de "
            "bouw flink kunnen stijgen.",
            "De bouw van de eerste lijn begint naar verwachting volgend voorjaar, en de "
            "burgemeester beloofde regelmatig te melden hoe het met de begroting en de planning "
            "staat. De tweede fase, die het vliegveld met het centrum zou verbinden, moet nog "
            "door de provincie worden goedgekeurd, en de financiering hangt af van een subsidie "
            "van het Rijk die nog niet is toegekend. Een besluit over die subsidie wordt voor het "
            "einde van het jaar verwacht.",
        ),
    ),
    "pl": Article(
        "Rada miasta przyjęła nowy plan transportowy",
        (
            "Rada miasta przyjęła we wtorek wieczorem nowy plan transportowy po wielu miesiącach "
            "dyskusji, przeznaczając w ciągu najbliższej dekady dwa miliardy złotych na autobusy "
            "i tramwaje, jak poinformował urząd miasta.",
            "Zwolennicy twierdzą, że plan skróci czas dojazdów w całym regionie, natomiast "
            "krytycy ostrzegają, że szacunki kosztów są zbyt optymistyczne i mogą znacznie "
            "wzrosnąć w trakcie budowy.",
            "Budowa pierwszej linii ma się rozpocząć wiosną przyszłego roku, a prezydent miasta "
            "obiecał regularnie informować o budżecie i harmonogramie. Druga faza, która połączy "
            "lotnisko z centrum, wciąż wymaga zgody władz województwa, a jej finansowanie zależy "
            "od dotacji rządowej, która nie została jeszcze przyznana. Decyzja w sprawie tej "
            "dotacji ma zapaść przed końcem roku, zapowiedzieli urzędnicy, a radni opozycji już "
            "zapowiedzieli, że będą domagać się dokładnych wyliczeń kosztów całej inwestycji.",
        ),
    ),
}
# Language-neutral rules ('*') are embedded in the English article.
ARTICLES["*"] = ARTICLES["en"]


def page(language: str, *lines: str) -> str:
    """The article in `language` with `lines` between its second and third paragraph."""
    article = ARTICLES[language]
    first, second, third = article.paragraphs
    return "\n\n".join([article.headline, first, second, *lines, third])


def clean_page(language: str, *lines: str) -> Document:
    return dechrome.clean(page(language, *lines))


def removal_of(document: Document, text: str) -> Removal | None:
    """The removal of the block whose text is exactly `text`, if there is one."""
    return next((removal for removal in document.removals if removal.text == text), None)


def removed_texts(document: Document) -> dict[str, str]:
    """Removed block text to the name of the rule that removed it."""
    return {removal.text: str(removal.rule) for removal in document.removals}
