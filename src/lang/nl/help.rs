//! The command line's help in Dutch.

/// The command line's help in Dutch, keyed as [`crate::commands::help`]
/// says: `check` (the about), `check#long`, `check#after`, `check --format`
/// (an argument), `* --help` (an argument of every command).
pub const HELP: &[(&str, &str)] = &[
    (
        "keten",
        "Samenwerkingsmodellen bouwen, controleren en afdrukken: ketenpartners, doelen, KPI's en de gedeelde keten van stappen",
    ),
    (
        "keten#long",
        "keten: samenwerkingsmodellen bouwen, controleren en afdrukken.\n\nEen model is één YAML-bestand met de ketenpartners van een samenwerking, de rollen die ze spelen, hun gedeelde doelen en KPI's, en de keten van stappen waarmee ze samen de vraag van één cliënt beantwoorden.",
    ),
    (
        "keten#after",
        "Begin met `keten new model.yaml`, en daarna `keten edit model.yaml`.",
    ),
    (
        "keten --file",
        "Een modelbestand om in de editor te openen (hetzelfde als `keten edit BESTAND`)",
    ),
    (
        "* --lang",
        "De taal van keten: nl (Nederlands) of en (Engels). Zonder deze optie: KETEN_LANG, dan LC_ALL, LC_MESSAGES of LANG (nl_* is Nederlands)",
    ),
    ("* --help", "Toon de hulp"),
    ("* --version", "Toon de versie"),
    (
        "edit",
        "Een model schermvullend openen om het te lezen en te wijzigen (ook: `keten BESTAND`)",
    ),
    (
        "edit#long",
        "Een model schermvullend openen om het te lezen en te wijzigen (ook: `keten BESTAND`).\n\nSchermen voor de keten, de ketenpartners, doelen en KPI's, rollen, fasen, een overzicht en de problemen die `keten check` vindt, steeds bijgewerkt. Elke wijziging kun je ongedaan maken; opslaan gebeurt in één keer, en wat anderen intussen in het bestand opsloegen wordt eerst samengevoegd, nooit overschreven. Druk binnen op ? voor alle toetsen.",
    ),
    ("edit --file", "Het modelbestand om te openen"),
    (
        "edit --autosave",
        "Sla na elke wijziging op; wat andere bewerkers van het bestand opslaan wordt samengevoegd",
    ),
    (
        "edit --follow",
        "Toon alleen het bestand, opnieuw gelezen bij elke wijziging (voor de beamer); schrijft nooit",
    ),
    (
        "edit --author",
        "De naam die andere bewerkers van het bestand naast jouw wijzigingen zien (standaard: de gebruikersnaam)",
    ),
    (
        "check",
        "Modellen controleren op fouten en gaten, één regel per bevinding",
    ),
    (
        "check#long",
        "Modellen controleren op fouten en gaten, één regel per bevinding.\n\nDrukt `BESTAND:REGEL:KOLOM: error[CODE]: melding` (of `warning[CODE]`) af voor elke bevinding, en dan een regel met de telling. Eindigt met 0 als er geen fouten zijn, 1 als er fouten zijn (of waarschuwingen, met --deny-warnings), en 2 als een bestand niet te lezen is.",
    ),
    (
        "check#afterlong",
        "\
Fouten (het bestand is geen bruikbaar model):
  syntax              de YAML is niet te lezen
  limit               het bestand passeert een grens: waarden, nesting, aliassen of sleutellengte
  version             `keten: 1` ontbreekt of noemt een andere versie
  schema              verplicht veld ontbreekt, veld van verkeerd type, of onbekende sleutel
  duplicate-id        dezelfde sleutel twee keer in één mapping
  bad-id              id buiten het patroon: 1-64 letters, cijfers, - en _, eerst letter of cijfer
  dangling-ref        een verwijzing naar een id dat niet bestaat
  merge-conflict      conflictmarkeringen van git: een samenvoeging liet een conflict achter

Waarschuwingen (de samenwerking heeft een gat; accepteer er een met `allow: [CODE]`
bij het model of bij het onderdeel waar het over gaat):
  no-client-question  het model heeft geen client_question (cliëntvraag)
  no-director         het model heeft geen director (ketenregisseur)
  no-contribution     een ketenpartner heeft geen contribution (bijdrage)
  idle-partner        ketenpartner zonder stap, rol, doel of KPI, en niet de ketenregisseur
  goal-without-kpi    geen KPI meet een doel
  kpi-without-owner   een KPI heeft geen owner (eigenaar)
  kpi-without-target  een KPI heeft geen target (streefwaarde)
  isolated-step       een ketenstap heeft geen inkomende of uitgaande verbinding
  duplicate-flow      de next van een ketenstap noemt dezelfde stap vaker dan één keer
  unlabelled-handoff  een overdracht tussen twee ketenpartners heeft geen label
  role-elsewhere      de rol van een ketenstap hoort bij een andere ketenpartner
  cycle               het proces loopt rond (één keer gemeld per lus)
  unguarded-interest  een belang noemt geen afspraak die het borgt (als er afspraken zijn)
  pulse-low           laatste pulse: een score van 2 of lager, of een gemiddelde 1 of meer gedaald
  pulse-missing       laatste pulse: een ketenpartner met stappen gaf er geen, anderen wel",
    ),
    (
        "check --files",
        "Modelbestanden om te controleren (`-` leest de standaardinvoer)",
    ),
    ("check --format", "Hoe de bevindingen worden afgedrukt"),
    (
        "check --deny_warnings",
        "Eindig met 1 bij waarschuwingen, niet alleen bij fouten",
    ),
    (
        "fmt",
        "Modellen herschrijven in de vaste vorm van het formaat",
    ),
    (
        "fmt#long",
        "Modellen herschrijven in de vaste vorm van het formaat.\n\nSleutels in een vaste volgorde, lege velden weggelaten, hetzelfde model altijd op dezelfde manier geschreven, zodat een model in git alleen verandert waar iemand het veranderde. Bestanden worden in één keer vervangen en houden hun eigenaar, groep en rechten; alleen-lezen bestanden en bestanden met harde links hebben --force nodig. YAML-commentaar blijft bij de regel, het veld of het lijstitem waar het bij hoort.",
    ),
    (
        "fmt --files",
        "Modelbestanden om te herschrijven (`-` leest de standaardinvoer en schrijft naar de standaarduitvoer)",
    ),
    (
        "fmt --check",
        "Verander niets: noem de bestanden die zouden veranderen, en eindig met 1 als dat er een is",
    ),
    (
        "fmt --drop_comments",
        "Laat het YAML-commentaar van de bestanden weg (zet wat moet blijven in `notes`)",
    ),
    (
        "fmt --force",
        "Herschrijf ook alleen-lezen bestanden (ze blijven alleen-lezen) en bestanden met meer namen (harde links: ter plekke herschreven, zodat elke naam de nieuwe inhoud toont; zo'n schrijfactie gebeurt niet in één keer)",
    ),
    (
        "render",
        "De keten afdrukken als plaat: één baan per ketenpartner, blokken voor de stappen",
    ),
    (
        "render#long",
        "De keten afdrukken als plaat: één baan per ketenpartner, blokken voor de stappen.\n\nDrukt de naam van het model en de cliëntvraag af, en dan de keten met een baan per ketenpartner (in de volgorde van het model) en een kolom per fase of per rang van de stappen. Pijlen lopen tussen de blokken; de labels van overdrachten staan op de pijl waar ze passen en genummerd onder de plaat waar ze niet passen. Een keten breder dan --width wordt in delen geknipt die elk passen, met genummerde merktekens waar een pijl doorloopt in het volgende deel.",
    ),
    (
        "render --file",
        "Het modelbestand (`-` leest de standaardinvoer)",
    ),
    (
        "render --width",
        "De breedste regel om af te drukken, in tekens [standaard: de breedte van de terminal op een terminal, anders 100]",
    ),
    (
        "render --ascii",
        "Teken alleen met `+ - | > <`, voor plekken zonder Unicode",
    ),
    (
        "render --color",
        "Wanneer de banen kleur krijgen: op een terminal (auto, en nooit met NO_COLOR of op TERM=dumb), altijd (always) of nooit (never)",
    ),
    (
        "render --kpis",
        "Toon de KPI-stand bij elke stap waar een KPI gemeten wordt: ✓ op koers, ✗ niet op koers, ? geen gegevens (`v`, `x`, `?` met --ascii)",
    ),
    (
        "render --all_lanes",
        "Toon ketenpartners zonder stappen als lege banen",
    ),
    (
        "render --stats",
        "Druk `boxes=N edges=N crossings=N width=N height=N sections=N` af op de standaardfoutuitvoer",
    ),
    (
        "render --direction",
        "Welke kant de keten op loopt: down (omlaag: banen als kolommen, hun namen bovenaan), right (naar rechts: banen als rijen) of auto: de kant die in minder delen en regels op de breedte past",
    ),
    (
        "diff",
        "Laten zien wat er veranderde tussen twee versies van een model, in de woorden van het model",
    ),
    (
        "diff#long",
        "Laten zien wat er veranderde tussen twee versies van een model, in de woorden van het model.\n\nOnderdelen toegevoegd, verwijderd en veld voor veld gewijzigd, verbindingen toegevoegd en verwijderd, streefwaarden en metingen van KPI's, stappen die naar een andere ketenpartner gaan. Werkt ook als diffdriver van git: git geeft zeven argumenten (PAD OUD OUD-HEX OUD-MODUS NIEUW NIEUW-HEX NIEUW-MODUS), en `/dev/null` staat voor een bestand dat aan één kant niet bestaat.",
    ),
    (
        "diff --files",
        "OUD NIEUW, of de zeven argumenten die git een diffdriver geeft",
    ),
    ("diff --format", "Hoe de wijzigingen worden afgedrukt"),
    (
        "export",
        "Het model schrijven in het formaat van een ander programma",
    ),
    (
        "export#long",
        "Het model schrijven in het formaat van een ander programma.\n\nmermaid: een stroomschema met een baan per ketenpartner, voor Markdown op git-platforms (de banen in de volgorde van het model en de stromen om de blokken heen waar Mermaid zijn swimlane-indeling heeft, zoals recente Mermaid 11; oudere Mermaid zet de ketenpartners waar het wil en kan stromen achter blokken langs tekenen); dot: Graphviz met een cluster per ketenpartner, getekend zoals keten het indeelt door `neato -n2 -Tsvg` (gewone `dot` deelt opnieuw in: de banen op volgorde, de ketenstappen niet altijd in leesvolgorde); bpmn: een BPMN 2.0-samenwerking (een pool per ketenpartner, overdrachten als berichtstromen) ingedeeld zoals keten het indeelt; json: het model als JSON; svg: de plaat van de keten als losse afbeelding.",
    ),
    (
        "export --file",
        "Het modelbestand (`-` leest de standaardinvoer)",
    ),
    ("export --format", "Het formaat om te schrijven"),
    (
        "export --output",
        "Waar naartoe te schrijven (standaard, en `-`: de standaarduitvoer). Een bestand wordt in één keer vervangen; in een FIFO of apparaat wordt geschreven",
    ),
    (
        "report",
        "Een rapport schrijven voor een stuurgroep, in Markdown of als webpagina",
    ),
    (
        "report#long",
        "Een rapport schrijven voor een stuurgroep, in Markdown of als webpagina.\n\nOverzicht, ketenpartners, rollen, doelen met hun KPI's en hun verloop, belangen en de afspraken die ze borgen, de pulse van de samenwerking, wie wat doet (ketenstap, ketenpartner, rol), de ketenstappen beschreven, de overdrachten, en de openstaande bevindingen van `keten check`. De keten als plaat: een SVG naast het rapport (`--assets`), in de HTML-pagina getekend; een tekstplaat en een Mermaid-blok op verzoek.",
    ),
    (
        "report --file",
        "Het modelbestand (`-` leest de standaardinvoer)",
    ),
    (
        "report --output",
        "Waar naartoe te schrijven (standaard, en `-`: de standaarduitvoer). Een bestand wordt in één keer vervangen; in een FIFO of apparaat wordt geschreven",
    ),
    (
        "report --format",
        "Markdown, of HTML: één pagina met opmaak en plaat erin, die op A4 afdrukt",
    ),
    (
        "report --assets",
        "De keten als SVG in deze map schrijven (`MAP/<model>-chain.svg`; de map wordt gemaakt waar hij ontbreekt) en in het rapport tonen met een relatieve link",
    ),
    (
        "report --text_diagram",
        "De keten toevoegen als tekstplaat (ASCII)",
    ),
    (
        "report --mermaid",
        "De keten toevoegen als Mermaid-blok, voor git-platforms die het tekenen",
    ),
    (
        "export --all_lanes",
        "BPMN: ketenpartners zonder ketenstappen houden, als lege pools",
    ),
    (
        "export --direction",
        "SVG: welke kant de keten op loopt: down (omlaag: banen als kolommen, hun namen bovenaan), right (naar rechts: banen als rijen) of auto: de kant die `keten render --width 120` kiest",
    ),
    (
        "schema",
        "Het JSON Schema van het modelformaat afdrukken, voor editors",
    ),
    (
        "completions",
        "Aanvullingen voor de shell afdrukken (bash, zsh, fish, …)",
    ),
    ("completions --shell", "De shell"),
    ("manpage", "De handleiding (roff) afdrukken, voor `man`"),
    (
        "merge",
        "Twee versies van een model samenvoegen op betekenis: de merge-driver van git",
    ),
    (
        "merge#long",
        "Twee versies van een model samenvoegen op betekenis: de merge-driver van git.\n\nVoegt BASE, OURS en THEIRS samen, onderdeel voor onderdeel en veld voor veld, en schrijft het resultaat in OURS (git's `%O %A %B`), in vaste vorm, met de conflictmarkeringen van git rond elk echt conflict. Eindigt met 0 zonder conflicten, 1 met conflicten, en 2 als een invoer geen model is (dan wordt regel voor regel samengevoegd, zoals git het zou doen). Zie docs/git.md.",
    ),
    (
        "merge --base",
        "De versie waar beide kanten van afstammen (git's %O)",
    ),
    (
        "merge --ours",
        "Onze versie (git's %A); hier wordt het resultaat geschreven, tenzij -o of -p",
    ),
    ("merge --theirs", "Hun versie (git's %B)"),
    (
        "merge --output",
        "Schrijf het resultaat naar dit bestand in plaats van naar OURS",
    ),
    (
        "merge --print",
        "Druk het resultaat af op de standaarduitvoer in plaats van OURS te schrijven",
    ),
    (
        "new",
        "Een startmodel schrijven dat door `keten check` komt",
    ),
    (
        "new#long",
        "Een startmodel schrijven dat door `keten check` komt.\n\nHet startmodel heeft één ketenpartner, één ketenstap en een cliëntvraag om in te vullen. Een bestaand bestand wordt nooit overschreven.",
    ),
    (
        "new --file",
        "Waar het startmodel komt; dat bestand mag nog niet bestaan",
    ),
    (
        "new --name",
        "De naam van de samenwerking (standaard: gemaakt van de bestandsnaam)",
    ),
    (
        "new --empty",
        "Een leeg model: alleen de naam, zonder ketenpartner, ketenstap of cliëntvraag, om het hele model in de editor in te voeren",
    ),
    ("help", "Toon deze hulp of die van de genoemde opdracht(en)"),
];
