<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>@default</name>
        <message>
            <source>Cannot write mixed geometry types {kinds} to one layer.</source>
            <translation>Gemengde geometrietypen {kinds} kunnen niet in één laag worden geschreven.</translation>
        </message>
        <message>
            <source>Could not write feature {number} to the output '{name}'.</source>
            <translation>Object {number} kon niet naar de uitvoer '{name}' worden geschreven.</translation>
        </message>
        <message>
            <source>file {name}</source>
            <translation>bestand {name}</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>rij {row}</translation>
        </message>
        <message>
            <source>column '{column}'</source>
            <translation>kolom '{column}'</translation>
        </message>
        <message>
            <source>Cancelled by the user.</source>
            <translation>Geannuleerd door de gebruiker.</translation>
        </message>
        <message>
            <source>'{code}' is not a CBS municipality code; expected GM followed by 4 digits, e.g. GM0772.</source>
            <translation>'{code}' is geen CBS-gemeentecode; verwacht GM gevolgd door 4 cijfers, bijvoorbeeld GM0772.</translation>
        </message>
        <message>
            <source>Municipality {code} is not in Noord-Brabant or Limburg (CBS 2023); run the algorithm without a code to list all 87.</source>
            <translation>Gemeente {code} ligt niet in Noord-Brabant of Limburg (CBS 2023); voer het algoritme zonder code uit om alle 87 te zien.</translation>
        </message>
        <message>
            <source>The plugin folder '{name}' is missing; reinstall the RAL Zuid plugin.</source>
            <translation>De pluginmap '{name}' ontbreekt; installeer de RAL Zuid-plugin opnieuw.</translation>
        </message>
        <message>
            <source>Bundled file '{path}' is missing; reinstall the RAL Zuid plugin.</source>
            <translation>Het meegeleverde bestand '{path}' ontbreekt; installeer de RAL Zuid-plugin opnieuw.</translation>
        </message>
        <message>
            <source>RAL Zuid algorithms in the Processing toolbox</source>
            <translation>RAL Zuid-algoritmen in de Processing-toolbox</translation>
        </message>
        <message>
            <source>Unexpected error in {name}: {error}. Details are in the RAL Zuid tab of the message log.</source>
            <translation>Onverwachte fout in {name}: {error}. Details staan op het tabblad RAL Zuid van het logboek.</translation>
        </message>
        <message>
            <source>Reference data</source>
            <translation>Referentiedata</translation>
        </message>
        <message>
            <source>Charging sessions</source>
            <translation>Laadsessies</translation>
        </message>
        <message>
            <source>Charging pressure</source>
            <translation>Laaddruk</translation>
        </message>
        <message>
            <source>Fast charging</source>
            <translation>Snelladen</translation>
        </message>
        <message>
            <source>ZES logistics</source>
            <translation>ZES-logistiek</translation>
        </message>
        <message>
            <source>Submissions</source>
            <translation>Aanmeldingen</translation>
        </message>
        <message>
            <source>Plan maps</source>
            <translation>Plankaarten</translation>
        </message>
        <message>
            <source>Municipalities of the region</source>
            <translation>Gemeenten van de regio</translation>
        </message>
        <message>
            <source>Municipalities</source>
            <translation>Gemeenten</translation>
        </message>
        <message>
            <source>{count} municipalities; source: {source}</source>
            <translation>{count} gemeenten; bron: {source}</translation>
        </message>
        <message>
            <source>Municipalities (CBS 2023)</source>
            <translation>Gemeenten (CBS 2023)</translation>
        </message>
        <message>
            <source>The export of '{path}' was cancelled.</source>
            <translation>De export van '{path}' is geannuleerd.</translation>
        </message>
        <message>
            <source>Not enough memory to export '{path}'; try a lower resolution or fewer sheets.</source>
            <translation>Onvoldoende geheugen om '{path}' te exporteren; probeer een lagere resolutie of minder kaartbladen.</translation>
        </message>
        <message>
            <source>The file '{path}' could not be written; check that the folder exists and is writable.</source>
            <translation>Het bestand '{path}' kon niet worden geschreven; controleer of de map bestaat en schrijfbaar is.</translation>
        </message>
        <message>
            <source>The printer could not print '{path}'.</source>
            <translation>De printer kon '{path}' niet afdrukken.</translation>
        </message>
        <message>
            <source>A map layer could not be exported to SVG for '{path}'.</source>
            <translation>Een kaartlaag kon niet naar SVG worden geëxporteerd voor '{path}'.</translation>
        </message>
        <message>
            <source>The atlas pages of '{path}' could not be prepared; check the coverage layer.</source>
            <translation>De atlaspagina's van '{path}' konden niet worden voorbereid; controleer de dekkingslaag.</translation>
        </message>
        <message>
            <source>Unknown export error for '{path}'.</source>
            <translation>Onbekende exportfout voor '{path}'.</translation>
        </message>
        <message>
            <source>The output '{path}' is a folder; give a file name ending in .pdf.</source>
            <translation>De uitvoer '{path}' is een map; geef een bestandsnaam die eindigt op .pdf.</translation>
        </message>
        <message>
            <source>The output folder '{folder}' cannot be written: {error}</source>
            <translation>In de uitvoermap '{folder}' kan niet worden geschreven: {error}</translation>
        </message>
        <message>
            <source>The style '{name}' could not be loaded: {message}</source>
            <translation>De stijl '{name}' kon niet worden geladen: {message}</translation>
        </message>
        <message>
            <source>The charging pressure raster '{source}' cannot be read.</source>
            <translation>Het laaddrukraster '{source}' kan niet worden gelezen.</translation>
        </message>
        <message>
            <source>The municipality layer has no polygon.</source>
            <translation>De gemeentelaag bevat geen polygoon.</translation>
        </message>
        <message>
            <source>the municipality</source>
            <translation>de gemeente</translation>
        </message>
        <message>
            <source>Choose a municipality: a CBS code such as GM0772, or a polygon layer.</source>
            <translation>Kies een gemeente: een CBS-code zoals GM0772, of een polygoonlaag.</translation>
        </message>
        <message>
            <source>The Dutch text catalogue is missing; the plan map is printed in English.</source>
            <translation>De Nederlandse teksten ontbreken; de plankaart wordt in het Engels gemaakt.</translation>
        </message>
        <message>
            <source>{count} locations inside {municipality}.</source>
            <translation>{count} locaties in {municipality}.</translation>
        </message>
        <message>
            <source>Plan map {municipality}</source>
            <translation>Plankaart {municipality}</translation>
        </message>
        <message>
            <source>PDOK's background map cannot be reached (offline?); the offline map is used.</source>
            <translation>De achtergrondkaart van PDOK is niet bereikbaar (offline?); de offline kaart wordt gebruikt.</translation>
        </message>
        <message>
            <source>Exporting {count} sheets to {path}</source>
            <translation>{count} kaartbladen exporteren naar {path}</translation>
        </message>
        <message>
            <source>Plan map {municipality}: map layers</source>
            <translation>Plankaart {municipality}: kaartlagen</translation>
        </message>
        <message>
            <source>Unknown plan map template '{name}'.</source>
            <translation>Onbekend plankaartsjabloon '{name}'.</translation>
        </message>
        <message>
            <source>The layout template '{path}' does not exist.</source>
            <translation>Het opmaaksjabloon '{path}' bestaat niet.</translation>
        </message>
        <message>
            <source>The layout template '{path}' is not valid XML (line {line}: {message}).</source>
            <translation>Het opmaaksjabloon '{path}' is geen geldige XML (regel {line}: {message}).</translation>
        </message>
        <message>
            <source>QGIS could not read the layout template '{path}'.</source>
            <translation>QGIS kon het opmaaksjabloon '{path}' niet lezen.</translation>
        </message>
        <message>
            <source>The layout template '{path}' lacks the items with id {ids}; start from a bundled template.</source>
            <translation>In het opmaaksjabloon '{path}' ontbreken de items met id {ids}; begin met een meegeleverd sjabloon.</translation>
        </message>
        <message>
            <source>The item 'location_table' of the layout template must be an attribute table frame.</source>
            <translation>Het item 'location_table' van het opmaaksjabloon moet een frame van een attributentabel zijn.</translation>
        </message>
        <message>
            <source>There is no surface to write.</source>
            <translation>Er is geen kaart om weg te schrijven.</translation>
        </message>
        <message>
            <source>Could not create the raster file '{path}'.</source>
            <translation>Het rasterbestand '{path}' kon niet worden aangemaakt.</translation>
        </message>
        <message>
            <source>Could not write band {number} of '{path}'.</source>
            <translation>Band {number} van '{path}' kon niet worden geschreven.</translation>
        </message>
        <message>
            <source>The layer {name} has no field 'kandidaat_id'.</source>
            <translation>De laag {name} heeft geen veld 'kandidaat_id'.</translation>
        </message>
        <message>
            <source>Could not add review fields to the layer {name}.</source>
            <translation>De beoordelingsvelden konden niet aan de laag {name} worden toegevoegd.</translation>
        </message>
        <message>
            <source>Could not write review statuses to the layer {name}.</source>
            <translation>De beoordelingsstatussen konden niet in de laag {name} worden geschreven.</translation>
        </message>
        <message>
            <source>the number of charge points '{value}' is not a whole number of 0 or more</source>
            <translation>het aantal laadpunten '{value}' is geen geheel getal van 0 of meer</translation>
        </message>
        <message>
            <source>the field '{field}' does not exist</source>
            <translation>het veld '{field}' bestaat niet</translation>
        </message>
        <message>
            <source>the location has no geometry</source>
            <translation>de locatie heeft geen geometrie</translation>
        </message>
        <message>
            <source>Status values not recognised, drawn as proposed locations: {values}</source>
            <translation>Statuswaarden niet herkend, getekend als voorgestelde locaties: {values}</translation>
        </message>
        <message>
            <source>None of the {count} locations in '{source}' lies inside {municipality}; check the municipality and the layer's coordinate reference system.</source>
            <translation>Geen van de {count} locaties in '{source}' ligt in {municipality}; controleer de gemeente en het coördinatenstelsel van de laag.</translation>
        </message>
        <message>
            <source>Area {number}</source>
            <translation>Gebied {number}</translation>
        </message>
        <message>
            <source>The atlas coverage layer '{source}' has no features; choose a layer with wijken, kernen or proposal areas.</source>
            <translation>De atlasdekkingslaag '{source}' heeft geen objecten; kies een laag met wijken, kernen of voorstelgebieden.</translation>
        </message>
        <message>
            <source>the area has no geometry</source>
            <translation>het gebied heeft geen geometrie</translation>
        </message>
        <message>
            <source>January</source>
            <translation>januari</translation>
        </message>
        <message>
            <source>February</source>
            <translation>februari</translation>
        </message>
        <message>
            <source>March</source>
            <translation>maart</translation>
        </message>
        <message>
            <source>April</source>
            <translation>april</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mei</translation>
        </message>
        <message>
            <source>June</source>
            <translation>juni</translation>
        </message>
        <message>
            <source>July</source>
            <translation>juli</translation>
        </message>
        <message>
            <source>August</source>
            <translation>augustus</translation>
        </message>
        <message>
            <source>September</source>
            <translation>september</translation>
        </message>
        <message>
            <source>October</source>
            <translation>oktober</translation>
        </message>
        <message>
            <source>November</source>
            <translation>november</translation>
        </message>
        <message>
            <source>December</source>
            <translation>december</translation>
        </message>
        <message>
            <source>Charging infrastructure plan map {municipality}</source>
            <translation>Plankaart laadinfrastructuur {municipality}</translation>
        </message>
        <message>
            <source>Public charging points: existing, planned and proposed</source>
            <translation>Publieke laadpunten: bestaand, gepland en voorgesteld</translation>
        </message>
        <message>
            <source>Draft (concept), not adopted by the council</source>
            <translation>Concept, niet vastgesteld door de raad</translation>
        </message>
        <message>
            <source>Adopted by the council on {date}</source>
            <translation>Vastgesteld door de raad op {date}</translation>
        </message>
        <message>
            <source>Made on {date} with the RAL Zuid QGIS plugin {version}</source>
            <translation>Gemaakt op {date} met de RAL Zuid QGIS-plugin {version}</translation>
        </message>
        <message>
            <source>Overview: municipality of {municipality}</source>
            <translation>Overzicht: gemeente {municipality}</translation>
        </message>
        <message>
            <source>Sheet {number} of {total}: {area}</source>
            <translation>Kaartblad {number} van {total}: {area}</translation>
        </message>
        <message>
            <source>The table lists {shown} of the {total} locations on this sheet; see the detail sheets.</source>
            <translation>De tabel toont {shown} van de {total} locaties op dit kaartblad; zie de detailbladen.</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Laadpunten</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Traffic decree</source>
            <translation>Verkeersbesluit</translation>
        </message>
        <message>
            <source>Existing public charging location</source>
            <translation>Bestaande publieke laadlocatie</translation>
        </message>
        <message>
            <source>Planned location</source>
            <translation>Geplande locatie</translation>
        </message>
        <message>
            <source>Proposed location</source>
            <translation>Voorgestelde locatie</translation>
        </message>
        <message>
            <source>Fast-charge location</source>
            <translation>Snellaadlocatie</translation>
        </message>
        <message>
            <source>Locations in this plan</source>
            <translation>Locaties in dit plan</translation>
        </message>
        <message>
            <source>Municipal boundary</source>
            <translation>Gemeentegrens</translation>
        </message>
        <message>
            <source>Neighbouring municipalities</source>
            <translation>Buurgemeenten</translation>
        </message>
        <message>
            <source>Municipalities of Noord-Brabant and Limburg</source>
            <translation>Gemeenten van Noord-Brabant en Limburg</translation>
        </message>
        <message>
            <source>Charging pressure (laaddruk)</source>
            <translation>Laaddruk</translation>
        </message>
        <message>
            <source>Roads</source>
            <translation>Wegen</translation>
        </message>
        <message>
            <source>Background map PDOK BRT-Achtergrondkaart</source>
            <translation>Achtergrondkaart PDOK BRT-Achtergrondkaart</translation>
        </message>
        <message>
            <source>Some points lie outside the computation grid.</source>
            <translation>Sommige punten liggen buiten het rekenraster.</translation>
        </message>
        <message>
            <source>The cell size must be a whole number of metres above 0, not {value}.</source>
            <translation>De celgrootte moet een heel aantal meters boven 0 zijn, niet {value}.</translation>
        </message>
        <message>
            <source>There are no points to compute a surface from.</source>
            <translation>Er zijn geen punten om een kaart van te berekenen.</translation>
        </message>
        <message>
            <source>The grid of {nx} x {ny} cells of {cell} m would need about {needed} MB, more than the budget of {budget} MB. Use a larger cell size, a smaller area or a higher memory budget.</source>
            <translation>Het raster van {nx} x {ny} cellen van {cell} m zou ongeveer {needed} MB nodig hebben, meer dan het budget van {budget} MB. Gebruik een grotere celgrootte, een kleiner gebied of een hoger geheugenbudget.</translation>
        </message>
        <message>
            <source>the field does not exist</source>
            <translation>het veld bestaat niet</translation>
        </message>
        <message>
            <source>the value is empty</source>
            <translation>de waarde is leeg</translation>
        </message>
        <message>
            <source>'{value}' is not a number</source>
            <translation>'{value}' is geen getal</translation>
        </message>
        <message>
            <source>the value is not a finite number</source>
            <translation>de waarde is geen eindig getal</translation>
        </message>
        <message>
            <source>the value {value} is negative; weights must be 0 or more</source>
            <translation>de waarde {value} is negatief; gewichten moeten 0 of meer zijn</translation>
        </message>
        <message>
            <source>{count} point(s) lie outside Noord-Brabant and Limburg (first at x={x:.0f}, y={y:.0f} in RD New); check the layer's CRS or select only points in the region</source>
            <translation>{count} punt(en) liggen buiten Noord-Brabant en Limburg (eerste op x={x:.0f}, y={y:.0f} in RD New); controleer het CRS van de laag of selecteer alleen punten in de regio</translation>
        </message>
        <message>
            <source>the layer has no features with a geometry</source>
            <translation>de laag heeft geen objecten met een geometrie</translation>
        </message>
        <message>
            <source>The radius must be larger than 0 m.</source>
            <translation>De straal moet groter zijn dan 0 m.</translation>
        </message>
        <message>
            <source>Unknown kernel '{kernel}'.</source>
            <translation>Onbekende kernel '{kernel}'.</translation>
        </message>
        <message>
            <source>Grid of {nx} x {ny} cells of {cell} m, lower-left corner ({x}, {y}) in RD New.</source>
            <translation>Raster van {nx} x {ny} cellen van {cell} m, hoek linksonder ({x}, {y}) in RD New.</translation>
        </message>
        <message>
            <source>{field}: density ({kernel} kernel, radius {radius} m)</source>
            <translation>{field}: dichtheid ({kernel}-kernel, straal {radius} m)</translation>
        </message>
        <message>
            <source>{field} per km²</source>
            <translation>{field} per km²</translation>
        </message>
        <message>
            <source>{field}: kernel-weighted mean (radius {radius} m)</source>
            <translation>{field}: kernelgewogen gemiddelde (straal {radius} m)</translation>
        </message>
        <message>
            <source>{field} (mean of nearby laadpunten)</source>
            <translation>{field} (gemiddelde van laadpunten in de buurt)</translation>
        </message>
        <message>
            <source>Laaddruk: {field} within {distance} m per public laadpunt within {distance} m</source>
            <translation>Laaddruk: {field} binnen {distance} m per publiek laadpunt binnen {distance} m</translation>
        </message>
        <message>
            <source>{field} per public laadpunt</source>
            <translation>{field} per publiek laadpunt</translation>
        </message>
        <message>
            <source>Public laadpunten within {distance} m</source>
            <translation>Publieke laadpunten binnen {distance} m</translation>
        </message>
        <message>
            <source>laadpunten</source>
            <translation>laadpunten</translation>
        </message>
        <message>
            <source>{count} point(s) have no value in field '{field}' and are left out of that surface.</source>
            <translation>{count} punt(en) hebben geen waarde in veld '{field}' en tellen niet mee in die kaart.</translation>
        </message>
        <message>
            <source>No demand layer: the prognosis is per municipality and the NAL 500 m rule is not checked.</source>
            <translation>Geen vraaglaag: de prognose is per gemeente en de NAL-regel voor cellen van 500 m wordt niet getoetst.</translation>
        </message>
        <message>
            <source>the demand layer must have points or polygons, not {kinds}</source>
            <translation>de vraaglaag moet punten of vlakken hebben, geen {kinds}</translation>
        </message>
        <message>
            <source>choose the field with the number of households (or the field with electric cars)</source>
            <translation>kies het veld met het aantal huishoudens (of het veld met elektrische auto's)</translation>
        </message>
        <message>
            <source>{count} feature(s) lie outside the municipalities of the region, so no prognosis applies</source>
            <translation>{count} object(en) liggen buiten de gemeenten van de regio, dus daar geldt geen prognose</translation>
        </message>
        <message>
            <source>there is no demand to map</source>
            <translation>er is geen vraag om in kaart te brengen</translation>
        </message>
        <message>
            <source>Prognosed electric cars per km² ({kernel} kernel, radius {radius} m)</source>
            <translation>Geprognosticeerde elektrische auto's per km² ({kernel}-kernel, straal {radius} m)</translation>
        </message>
        <message>
            <source>electric cars per km²</source>
            <translation>elektrische auto's per km²</translation>
        </message>
        <message>
            <source>laadpunten per km²</source>
            <translation>laadpunten per km²</translation>
        </message>
        <message>
            <source>The plan prognosis covers {first} to {last}; {year} is outside it.</source>
            <translation>De prognose van het plan loopt van {first} tot {last}; {year} valt daarbuiten.</translation>
        </message>
        <message>
            <source>Unknown scenario '{scenario}'.</source>
            <translation>Onbekend scenario '{scenario}'.</translation>
        </message>
        <message>
            <source>There is no prognosis for province '{province}'.</source>
            <translation>Er is geen prognose voor provincie '{province}'.</translation>
        </message>
        <message>
            <source>the private-charging share {value} is not a fraction from 0 to 1 (e.g. 0.6 for 60 %)</source>
            <translation>het aandeel privé laden {value} is geen fractie van 0 tot 1 (bijv. 0,6 voor 60 %)</translation>
        </message>
        <message>
            <source>The radius of {radius} m is less than {cells} cells of {cell} m: the surface will be blocky. Use a larger radius or a smaller cell size.</source>
            <translation>De straal van {radius} m is kleiner dan {cells} cellen van {cell} m: de kaart wordt blokkerig. Gebruik een grotere straal of een kleinere celgrootte.</translation>
        </message>
        <message>
            <source>motorway data from NDW detector sites has gaps (A67, A73, A50 largely missing)</source>
            <translation>snelwegdata uit NDW-meetlocaties heeft gaten (A67, A73, A50 grotendeels ontbrekend)</translation>
        </message>
        <message>
            <source>unknown target group '{value}'; use {known}</source>
            <translation>onbekende doelgroep '{value}'; gebruik {known}</translation>
        </message>
        <message>
            <source>the candidate layer has no features: add at least one candidate site</source>
            <translation>de kandidatenlaag heeft geen objecten: voeg minstens een kandidaat-locatie toe</translation>
        </message>
        <message>
            <source>the candidate has no geometry</source>
            <translation>de kandidaat heeft geen geometrie</translation>
        </message>
        <message>
            <source>the candidate geometry is invalid and cannot be repaired</source>
            <translation>de geometrie van de kandidaat is ongeldig en niet te herstellen</translation>
        </message>
        <message>
            <source>invalid geometry repaired</source>
            <translation>ongeldige geometrie hersteld</translation>
        </message>
        <message>
            <source>no name field: the kandidaat_id is used as name</source>
            <translation>geen naamveld: de kandidaat_id is als naam gebruikt</translation>
        </message>
        <message>
            <source>no power: power not assessed</source>
            <translation>geen vermogen: vermogen niet beoordeeld</translation>
        </message>
        <message>
            <source>no target group given: personenauto assumed</source>
            <translation>geen doelgroep opgegeven: personenauto aangenomen</translation>
        </message>
        <message>
            <source>the id '{value}' is also used in row {other}</source>
            <translation>de id '{value}' staat ook in rij {other}</translation>
        </message>
        <message>
            <source>'{value}' must be zero or more</source>
            <translation>'{value}' moet nul of meer zijn</translation>
        </message>
        <message>
            <source>the layer '{key}' has no coordinate reference system</source>
            <translation>de laag '{key}' heeft geen coördinatenstelsel</translation>
        </message>
        <message>
            <source>Candidate id</source>
            <translation>Kandidaat-id</translation>
        </message>
        <message>
            <source>Proposed power</source>
            <translation>Voorgesteld vermogen</translation>
        </message>
        <message>
            <source>Number of charge points</source>
            <translation>Aantal laadpunten</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>Doelgroepen</translation>
        </message>
        <message>
            <source>Land ownership</source>
            <translation>Grondeigendom</translation>
        </message>
        <message>
            <source>Location type</source>
            <translation>Locatietype</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Opmerkingen</translation>
        </message>
        <message>
            <source>Position (RD New)</source>
            <translation>Ligging (RD New)</translation>
        </message>
        <message>
            <source>Notes on the input</source>
            <translation>Opmerkingen bij de invoer</translation>
        </message>
        <message>
            <source>inside</source>
            <translation>binnen</translation>
        </message>
        <message>
            <source>outside</source>
            <translation>buiten</translation>
        </message>
        <message>
            <source>Data: {source}</source>
            <translation>Data: {source}</translation>
        </message>
        <message>
            <source>Fast-charge site screening: {name}</source>
            <translation>Toets snellaadlocatie: {name}</translation>
        </message>
        <message>
            <source>Advice:</source>
            <translation>Advies:</translation>
        </message>
        <message>
            <source>Score: {score} of 100</source>
            <translation>Score: {score} van 100</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Criteria</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterium</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <source>How the advice is decided</source>
            <translation>Hoe het advies tot stand komt</translation>
        </message>
        <message>
            <source>Rule file</source>
            <translation>Regelbestand</translation>
        </message>
        <message>
            <source>version</source>
            <translation>versie</translation>
        </message>
        <message>
            <source>Made with the RAL Zuid QGIS plugin; it supports the review by the expertisecentrum.</source>
            <translation>Gemaakt met de RAL Zuid QGIS-plugin; deze toets ondersteunt de beoordeling door het expertisecentrum.</translation>
        </message>
        <message>
            <source>other</source>
            <translation>overig</translation>
        </message>
        <message>
            <source>published</source>
            <translation>gepubliceerd</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Laag</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Meting</translation>
        </message>
        <message>
            <source>Thresholds</source>
            <translation>Drempels</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Bronnen</translation>
        </message>
        <message>
            <source>the rule file cannot be read: {error}</source>
            <translation>het regelbestand kan niet worden gelezen: {error}</translation>
        </message>
        <message>
            <source>the rule file is not valid JSON: {error}</source>
            <translation>het regelbestand is geen geldige JSON: {error}</translation>
        </message>
        <message>
            <source>the id is used twice</source>
            <translation>de id komt twee keer voor</translation>
        </message>
        <message>
            <source>give exactly one of thresholds, thresholds_per_group, outcomes or categories</source>
            <translation>geef precies een van thresholds, thresholds_per_group, outcomes of categories</translation>
        </message>
        <message>
            <source>an inside_polygon criterion needs 'outcomes'</source>
            <translation>een inside_polygon-criterium heeft 'outcomes' nodig</translation>
        </message>
        <message>
            <source>'outcomes' only fits an inside_polygon criterion</source>
            <translation>'outcomes' past alleen bij een inside_polygon-criterium</translation>
        </message>
        <message>
            <source>'categories' only fits an attribute criterion</source>
            <translation>'categories' past alleen bij een attribute-criterium</translation>
        </message>
        <message>
            <source>a {kind} criterion needs a radius_m</source>
            <translation>een {kind}-criterium heeft een radius_m nodig</translation>
        </message>
        <message>
            <source>a {kind} criterion needs a field</source>
            <translation>een {kind}-criterium heeft een field nodig</translation>
        </message>
        <message>
            <source>an attribute criterion reads the candidate: its layer must be 'kandidaat'</source>
            <translation>een attribute-criterium leest de kandidaat: de laag moet 'kandidaat' zijn</translation>
        </message>
        <message>
            <source>only attribute criteria can use the layer 'kandidaat'</source>
            <translation>alleen attribute-criteria kunnen de laag 'kandidaat' gebruiken</translation>
        </message>
        <message>
            <source>thresholds are missing for target group(s) {groups}</source>
            <translation>drempels ontbreken voor doelgroep(en) {groups}</translation>
        </message>
        <message>
            <source>better = '{better}', so voldoet {voldoet} must not be worse than aandachtspunt {attention}</source>
            <translation>better = '{better}', dus voldoet {voldoet} mag niet slechter zijn dan aandachtspunt {attention}</translation>
        </message>
        <message>
            <source>number {number}</source>
            <translation>nummer {number}</translation>
        </message>
        <message>
            <source>(whole criterion)</source>
            <translation>(heel criterium)</translation>
        </message>
        <message>
            <source>criterion {criterion}, field {field}: {message}</source>
            <translation>criterium {criterion}, veld {field}: {message}</translation>
        </message>
        <message>
            <source>(top level)</source>
            <translation>(hoofdniveau)</translation>
        </message>
        <message>
            <source>field {field}: {message}</source>
            <translation>veld {field}: {message}</translation>
        </message>
        <message>
            <source>Advice {advice}, score {score}</source>
            <translation>Advies {advice}, score {score}</translation>
        </message>
        <message>
            <source>meets</source>
            <translation>voldoet</translation>
        </message>
        <message>
            <source>attention point</source>
            <translation>aandachtspunt</translation>
        </message>
        <message>
            <source>does not meet</source>
            <translation>voldoet niet</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>niet beoordeeld</translation>
        </message>
        <message>
            <source>positive</source>
            <translation>positief</translation>
        </message>
        <message>
            <source>further study</source>
            <translation>nader onderzoek</translation>
        </message>
        <message>
            <source>negative</source>
            <translation>negatief</translation>
        </message>
        <message>
            <source>passenger car</source>
            <translation>personenauto</translation>
        </message>
        <message>
            <source>taxi</source>
            <translation>taxi</translation>
        </message>
        <message>
            <source>van</source>
            <translation>bestelbus</translation>
        </message>
        <message>
            <source>truck</source>
            <translation>vrachtwagen</translation>
        </message>
        <message>
            <source>{threshold}; attention point from {bound}</source>
            <translation>{threshold}; aandachtspunt vanaf {bound}</translation>
        </message>
        <message>
            <source>{threshold}; attention point above {bound}</source>
            <translation>{threshold}; aandachtspunt boven {bound}</translation>
        </message>
        <message>
            <source>{threshold}; attention point up to {bound}</source>
            <translation>{threshold}; aandachtspunt tot en met {bound}</translation>
        </message>
        <message>
            <source>{threshold}; attention point below {bound}</source>
            <translation>{threshold}; aandachtspunt onder {bound}</translation>
        </message>
        <message>
            <source>{subject} at {value} (threshold {threshold} for {group}): {status}</source>
            <translation>{subject} op {value} (drempel {threshold} voor {group}): {status}</translation>
        </message>
        <message>
            <source>{subject} at {value} (threshold {threshold}): {status}</source>
            <translation>{subject} op {value} (drempel {threshold}): {status}</translation>
        </message>
        <message>
            <source>{subject}: {value} (threshold {threshold} for {group}): {status}</source>
            <translation>{subject}: {value} (drempel {threshold} voor {group}): {status}</translation>
        </message>
        <message>
            <source>{subject}: {value} (threshold {threshold}): {status}</source>
            <translation>{subject}: {value} (drempel {threshold}): {status}</translation>
        </message>
        <message>
            <source>{subject}: the candidate lies inside: {status}</source>
            <translation>{subject}: de kandidaat ligt erbinnen: {status}</translation>
        </message>
        <message>
            <source>{subject}: the candidate lies outside: {status}</source>
            <translation>{subject}: de kandidaat ligt erbuiten: {status}</translation>
        </message>
        <message>
            <source>{subject}: '{category}': {status}</source>
            <translation>{subject}: '{category}': {status}</translation>
        </message>
        <message>
            <source>{subject}: not assessed, the reference layer '{layer}' was not given</source>
            <translation>{subject}: niet beoordeeld, de referentielaag '{layer}' is niet opgegeven</translation>
        </message>
        <message>
            <source>{subject}: not assessed, the reference layer '{layer}' has no features</source>
            <translation>{subject}: niet beoordeeld, de referentielaag '{layer}' heeft geen objecten</translation>
        </message>
        <message>
            <source>{subject}: not assessed, does not apply to target group(s) {groups}</source>
            <translation>{subject}: niet beoordeeld, geldt niet voor doelgroep(en) {groups}</translation>
        </message>
        <message>
            <source>{subject}: not assessed, the field '{field}' is empty</source>
            <translation>{subject}: niet beoordeeld, het veld '{field}' is leeg</translation>
        </message>
        <message>
            <source>{reason} (note: {caveat})</source>
            <translation>{reason} (let op: {caveat})</translation>
        </message>
        <message>
            <source>the locations layer has no field '{field}' to join on EVSE or charge point id</source>
            <translation>de locatielaag heeft geen veld '{field}' om op EVSE- of laadpunt-id te koppelen</translation>
        </message>
        <message>
            <source>the municipality layer has no field '{field}'</source>
            <translation>de gemeentelaag heeft geen veld '{field}'</translation>
        </message>
        <message>
            <source>Choose at least one session file.</source>
            <translation>Kies minstens één sessiebestand.</translation>
        </message>
        <message>
            <source>No usable sessions remain after the quality checks; see the quality table and excluded rows.</source>
            <translation>Na de kwaliteitscontroles blijven geen bruikbare sessies over; zie de kwaliteitstabel en de uitgesloten rijen.</translation>
        </message>
        <message>
            <source>No charge point could be located; give a locations layer or an OCPI Locations file.</source>
            <translation>Geen enkel laadpunt kon worden geplaatst; geef een locatielaag of een OCPI Locations-bestand op.</translation>
        </message>
        <message>
            <source>The salt for card hashes cannot be stored in {path}: {error}</source>
            <translation>De geheime sleutel voor pas-hashes kan niet worden opgeslagen in {path}: {error}</translation>
        </message>
        <message>
            <source>The salt for card hashes is too short.</source>
            <translation>De geheime sleutel voor pas-hashes is te kort.</translation>
        </message>
        <message>
            <source>kept</source>
            <translation>behouden</translation>
        </message>
        <message>
            <source>corrected</source>
            <translation>gecorrigeerd</translation>
        </message>
        <message>
            <source>excluded</source>
            <translation>uitgesloten</translation>
        </message>
        <message>
            <source>Duplicate session id</source>
            <translation>Dubbel sessie-id</translation>
        </message>
        <message>
            <source>End before or at start</source>
            <translation>Einde voor of op het begin</translation>
        </message>
        <message>
            <source>Negative energy</source>
            <translation>Negatieve energie</translation>
        </message>
        <message>
            <source>Zero energy</source>
            <translation>Geen energie geladen</translation>
        </message>
        <message>
            <source>Energy impossible for the duration</source>
            <translation>Energie onmogelijk voor de duur</translation>
        </message>
        <message>
            <source>Session longer than the maximum</source>
            <translation>Sessie langer dan het maximum</translation>
        </message>
        <message>
            <source>Date outside the plausible range</source>
            <translation>Datum buiten het plausibele bereik</translation>
        </message>
        <message>
            <source>Session outside the data period</source>
            <translation>Sessie buiten de dataperiode</translation>
        </message>
        <message>
            <source>Session partly outside the data period</source>
            <translation>Sessie deels buiten de dataperiode</translation>
        </message>
        <message>
            <source>Credit CDR</source>
            <translation>Credit-CDR</translation>
        </message>
        <message>
            <source>Home-charging compensation CDR</source>
            <translation>CDR thuislaadvergoeding</translation>
        </message>
        <message>
            <source>Charging time longer than connected time</source>
            <translation>Laadtijd langer dan aansluittijd</translation>
        </message>
        <message>
            <source>Unknown or unlocated charge point</source>
            <translation>Onbekend of niet te plaatsen laadpunt</translation>
        </message>
        <message>
            <source>Charge point outside the municipalities</source>
            <translation>Laadpunt buiten de gemeenten</translation>
        </message>
        <message>
            <source>Overlapping sessions on one EVSE</source>
            <translation>Overlappende sessies op één EVSE</translation>
        </message>
        <message>
            <source>Local time in the repeated autumn DST hour</source>
            <translation>Lokale tijd in het dubbele uur van de wintertijdwissel</translation>
        </message>
        <message>
            <source>Local time in the skipped spring DST hour</source>
            <translation>Lokale tijd in het overgeslagen uur van de zomertijdwissel</translation>
        </message>
        <message>
            <source>No card or token id</source>
            <translation>Geen pas- of token-id</translation>
        </message>
        <message>
            <source>first occurrence kept, later copies excluded</source>
            <translation>eerste behouden, latere kopieën uitgesloten</translation>
        </message>
        <message>
            <source>excluded: the duration cannot be known</source>
            <translation>uitgesloten: de duur is niet te bepalen</translation>
        </message>
        <message>
            <source>kept: the car occupied the point; counts for occupancy, adds 0 kWh</source>
            <translation>behouden: de auto bezette het laadpunt; telt mee voor bezetting, voegt 0 kWh toe</translation>
        </message>
        <message>
            <source>excluded: more kWh than the maximum power allows in the connected time</source>
            <translation>uitgesloten: meer kWh dan het maximale vermogen in de aansluittijd toelaat</translation>
        </message>
        <message>
            <source>excluded: longer than the maximum session length parameter</source>
            <translation>uitgesloten: langer dan de parameter maximale sessieduur</translation>
        </message>
        <message>
            <source>excluded: before 2010 or after today</source>
            <translation>uitgesloten: voor 2010 of na vandaag</translation>
        </message>
        <message>
            <source>excluded: no overlap with the chosen period</source>
            <translation>uitgesloten: geen overlap met de gekozen periode</translation>
        </message>
        <message>
            <source>connected time outside the period is not counted</source>
            <translation>aansluittijd buiten de periode telt niet mee</translation>
        </message>
        <message>
            <source>excluded from public KPIs (OCPI credit CDR)</source>
            <translation>uitgesloten van publieke KPI's (OCPI credit-CDR)</translation>
        </message>
        <message>
            <source>excluded from public KPIs (OCPI home_charging_compensation)</source>
            <translation>uitgesloten van publieke KPI's (OCPI home_charging_compensation)</translation>
        </message>
        <message>
            <source>charging time limited to the connected time</source>
            <translation>laadtijd begrensd op de aansluittijd</translation>
        </message>
        <message>
            <source>excluded: the charge point has no location</source>
            <translation>uitgesloten: het laadpunt heeft geen locatie</translation>
        </message>
        <message>
            <source>kept on the point layer, not counted in gemeente, provincie or regio totals</source>
            <translation>behouden op de puntenlaag, telt niet mee in gemeente-, provincie- of regiototalen</translation>
        </message>
        <message>
            <source>kept; occupied time is counted once (union of the sessions)</source>
            <translation>behouden; bezette tijd telt één keer (de sessies samengevoegd, overlap één keer)</translation>
        </message>
        <message>
            <source>read as summer time (the first of the two clock hours)</source>
            <translation>gelezen als zomertijd (het eerste van de twee klokuren)</translation>
        </message>
        <message>
            <source>moved forward to 03:00 summer time</source>
            <translation>verschoven naar 03:00 zomertijd</translation>
        </message>
        <message>
            <source>kept; not counted in distinct cards</source>
            <translation>behouden; telt niet mee bij unieke passen</translation>
        </message>
        <message>
            <source>{title}: {count} ({action})</source>
            <translation>{title}: {count} ({action})</translation>
        </message>
        <message>
            <source>the file does not exist</source>
            <translation>het bestand bestaat niet</translation>
        </message>
        <message>
            <source>the charge point id is empty</source>
            <translation>het laadpunt-id is leeg</translation>
        </message>
        <message>
            <source>the date is empty</source>
            <translation>de datum is leeg</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>het bestand is leeg</translation>
        </message>
        <message>
            <source>this is a binary file, not OCPI JSON</source>
            <translation>dit is een binair bestand, geen OCPI-JSON</translation>
        </message>
        <message>
            <source>OCPI JSON must be UTF-8 text</source>
            <translation>OCPI-JSON moet UTF-8-tekst zijn</translation>
        </message>
        <message>
            <source>this is not valid JSON ({error})</source>
            <translation>dit is geen geldige JSON ({error})</translation>
        </message>
        <message>
            <source>expected a list of OCPI objects</source>
            <translation>een lijst met OCPI-objecten verwacht</translation>
        </message>
        <message>
            <source>the file has no OCPI objects</source>
            <translation>het bestand bevat geen OCPI-objecten</translation>
        </message>
        <message>
            <source>the field is missing</source>
            <translation>het veld ontbreekt</translation>
        </message>
        <message>
            <source>the value '{value}' is not a number</source>
            <translation>de waarde '{value}' is geen getal</translation>
        </message>
        <message>
            <source>these are not OCPI CDRs or Sessions (no cdr_location/total_energy or kwh/location_id)</source>
            <translation>dit zijn geen OCPI-CDR's of -Sessions (geen cdr_location/total_energy of kwh/location_id)</translation>
        </message>
        <message>
            <source>this is not an OCPI Location (it needs id and coordinates)</source>
            <translation>dit is geen OCPI-Location (id en coordinates zijn nodig)</translation>
        </message>
        <message>
            <source>the coordinates cannot be read</source>
            <translation>de coördinaten zijn niet te lezen</translation>
        </message>
        <message>
            <source>The peak window must start before it ends within one day (hours 0-24), got {start}-{end}.</source>
            <translation>Het piekvenster moet binnen één dag beginnen voordat het eindigt (uren 0-24), opgegeven: {start}-{end}.</translation>
        </message>
        <message>
            <source>The peak occupancy threshold must be between 0 and 100 %.</source>
            <translation>De drempel voor piekbezetting moet tussen 0 en 100 % liggen.</translation>
        </message>
        <message>
            <source>The maximum session length and charging power must be positive.</source>
            <translation>De maximale sessieduur en het maximale laadvermogen moeten positief zijn.</translation>
        </message>
        <message>
            <source>The minimum number of distinct cards must be at least 1.</source>
            <translation>Het minimum aantal unieke passen moet minstens 1 zijn.</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>De periode eindigt voordat ze begint.</translation>
        </message>
        <message>
            <source>the column mapping '{part}' is not of the form field=column</source>
            <translation>de kolomtoewijzing '{part}' heeft niet de vorm veld=kolom</translation>
        </message>
        <message>
            <source>unknown field '{key}' in the column mapping; use one of: {fields}</source>
            <translation>onbekend veld '{key}' in de kolomtoewijzing; gebruik een van: {fields}</translation>
        </message>
        <message>
            <source>this is a binary file, not a CSV or XLSX export</source>
            <translation>dit is een binair bestand, geen CSV- of XLSX-export</translation>
        </message>
        <message>
            <source>the text encoding cannot be recognised</source>
            <translation>de tekstcodering is niet te herkennen</translation>
        </message>
        <message>
            <source>no column delimiter found (tried ; , tab |); is this a session export?</source>
            <translation>geen kolomscheidingsteken gevonden (geprobeerd: ; , tab |); is dit een sessie-export?</translation>
        </message>
        <message>
            <source>the column '{header}' given for {field} is not in the file (columns: {columns})</source>
            <translation>de kolom '{header}' opgegeven voor {field} staat niet in het bestand (kolommen: {columns})</translation>
        </message>
        <message>
            <source>required columns are missing: {missing}; columns in the file: {columns}. Name them in the column mapping parameter (e.g. start=Begintijd)</source>
            <translation>verplichte kolommen ontbreken: {missing}; kolommen in het bestand: {columns}. Geef ze op in de parameter kolomtoewijzing (bv. start=Begintijd)</translation>
        </message>
        <message>
            <source>this is a zip or XLSX file with a .csv name; save it as .xlsx</source>
            <translation>dit is een zip- of XLSX-bestand met de naam .csv; sla het op als .xlsx</translation>
        </message>
        <message>
            <source>the file cannot be read as a table: {error}</source>
            <translation>het bestand is niet als tabel te lezen: {error}</translation>
        </message>
        <message>
            <source>the file has a header but no sessions</source>
            <translation>het bestand heeft een kopregel maar geen sessies</translation>
        </message>
        <message>
            <source>the file cannot be opened as an XLSX workbook</source>
            <translation>het bestand kan niet als XLSX-werkboek worden geopend</translation>
        </message>
        <message>
            <source>the column has no dates</source>
            <translation>de kolom bevat geen datums</translation>
        </message>
        <message>
            <source>the date '{value}' cannot be read; set the date format (e.g. %d-%m-%Y %H:%M)</source>
            <translation>de datum '{value}' is niet te lezen; stel de datumnotatie in (bv. %d-%m-%Y %H:%M)</translation>
        </message>
        <message>
            <source>the dates fit both {first} and {other} (day and month cannot be told apart); set the date format parameter</source>
            <translation>de datums passen zowel bij {first} als bij {other} (dag en maand zijn niet te onderscheiden); stel de parameter datumnotatie in</translation>
        </message>
        <message>
            <source>unknown time zone '{zone}'</source>
            <translation>onbekende tijdzone '{zone}'</translation>
        </message>
        <message>
            <source>the date '{value}' is written as {other} while the rest of the file uses {fmt}; the file mixes date formats, correct it or split it</source>
            <translation>de datum '{value}' staat in de notatie {other} terwijl de rest van het bestand {fmt} gebruikt; het bestand mengt datumnotaties, corrigeer of splits het</translation>
        </message>
        <message>
            <source>the date '{value}' cannot be read with the format {fmt}</source>
            <translation>de datum '{value}' is niet te lezen met de notatie {fmt}</translation>
        </message>
        <message>
            <source>The workbook cannot be written to {path}: {error}</source>
            <translation>Het werkboek kan niet worden geschreven naar {path}: {error}</translation>
        </message>
        <message>
            <source>The service {url} refused the credentials (HTTP {status}). Check the authentication configuration in the RAL Zuid submission settings.</source>
            <translation>De service {url} weigert de inloggegevens (HTTP {status}). Controleer de authenticatieconfiguratie in de RAL Zuid-instellingen voor aanmelden.</translation>
        </message>
        <message>
            <source>The service {url} does not allow this account to submit (HTTP 403). Ask the expertisecentrum for access.</source>
            <translation>De service {url} staat dit account niet toe aan te melden (HTTP 403). Vraag het expertisecentrum om toegang.</translation>
        </message>
        <message>
            <source>The service has no collection at {url} (HTTP 404). Check the service URL and collection name in the settings.</source>
            <translation>De service heeft geen collectie op {url} (HTTP 404). Controleer de service-URL en de collectienaam in de instellingen.</translation>
        </message>
        <message>
            <source>The service rejected the candidate (HTTP {status}): {reason}</source>
            <translation>De service heeft de kandidaat geweigerd (HTTP {status}): {reason}</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>geen reden opgegeven</translation>
        </message>
        <message>
            <source>The certificate of {url} is not trusted ({reason}). Ask your IT department to add the certificate authority to QGIS (Settings &gt; Options &gt; Authentication).</source>
            <translation>Het certificaat van {url} wordt niet vertrouwd ({reason}). Vraag uw ICT-afdeling de certificaatautoriteit aan QGIS toe te voegen (Beeld &gt; Opties &gt; Authenticatie).</translation>
        </message>
        <message>
            <source>No service URL is set. Fill it in under RAL Zuid &gt; Submission settings; the package is saved and can be e-mailed instead.</source>
            <translation>Er is geen service-URL ingesteld. Vul die in onder RAL Zuid &gt; Instellingen aanmelden; het pakket is opgeslagen en kan ook per e-mail worden verstuurd.</translation>
        </message>
        <message>
            <source>The service URL {url} must start with https:// or http://.</source>
            <translation>De service-URL {url} moet beginnen met https:// of http://.</translation>
        </message>
        <message>
            <source>No collection is set in the RAL Zuid submission settings.</source>
            <translation>Er is geen collectie ingesteld in de RAL Zuid-instellingen voor aanmelden.</translation>
        </message>
        <message>
            <source>The service answered {url} with unreadable JSON.</source>
            <translation>De service antwoordde op {url} met onleesbare JSON.</translation>
        </message>
        <message>
            <source>the folder {path} does not exist</source>
            <translation>de map {path} bestaat niet</translation>
        </message>
        <message>
            <source>no screening report {name} in {folder}</source>
            <translation>geen toetsrapport {name} in {folder}</translation>
        </message>
        <message>
            <source>the file {path} does not exist</source>
            <translation>het bestand {path} bestaat niet</translation>
        </message>
        <message>
            <source>{name} is not a PDF file</source>
            <translation>{name} is geen pdf-bestand</translation>
        </message>
        <message>
            <source>Could not write the submission package {path}: {error}</source>
            <translation>Het aanmeldpakket {path} kon niet worden geschreven: {error}</translation>
        </message>
        <message>
            <source>The package {name} is damaged: {file} does not match its checksum.</source>
            <translation>Het pakket {name} is beschadigd: {file} klopt niet met de controlesom.</translation>
        </message>
        <message>
            <source>{name} is not a RAL Zuid submission package ({error}).</source>
            <translation>{name} is geen RAL Zuid-aanmeldpakket ({error}).</translation>
        </message>
        <message>
            <source>{count} candidates are still in the outbox; they will be sent on the next attempt.</source>
            <translation>Er staan nog {count} kandidaten in de outbox; die worden bij de volgende poging verstuurd.</translation>
        </message>
        <message>
            <source>Candidate {candidate}, field '{field}': {message}</source>
            <translation>Kandidaat {candidate}, veld '{field}': {message}</translation>
        </message>
        <message>
            <source>Field '{field}': {message}</source>
            <translation>Veld '{field}': {message}</translation>
        </message>
        <message>
            <source>… and {count} more problems</source>
            <translation>… en nog {count} problemen</translation>
        </message>
        <message>
            <source>The submission is not valid ({count} problems):</source>
            <translation>De aanmelding is niet geldig ({count} problemen):</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>is leeg</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>ontbreekt</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>een getal</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>een geheel getal</translation>
        </message>
        <message>
            <source>text</source>
            <translation>tekst</translation>
        </message>
        <message>
            <source>{value!r} is not {wanted}</source>
            <translation>{value!r} is geen {wanted}</translation>
        </message>
        <message>
            <source>{value!r} is not one of: {allowed}</source>
            <translation>{value!r} is niet een van: {allowed}</translation>
        </message>
        <message>
            <source>{value} is smaller than {limit}</source>
            <translation>{value} is kleiner dan {limit}</translation>
        </message>
        <message>
            <source>{value} must be larger than {limit}</source>
            <translation>{value} moet groter zijn dan {limit}</translation>
        </message>
        <message>
            <source>{value} is larger than {limit}</source>
            <translation>{value} is groter dan {limit}</translation>
        </message>
        <message>
            <source>{value} must be smaller than {limit}</source>
            <translation>{value} moet kleiner zijn dan {limit}</translation>
        </message>
        <message>
            <source>is too short</source>
            <translation>is te kort</translation>
        </message>
        <message>
            <source>is longer than {limit} characters</source>
            <translation>is langer dan {limit} tekens</translation>
        </message>
        <message>
            <source>{value!r} does not have the expected form</source>
            <translation>{value!r} heeft niet de verwachte vorm</translation>
        </message>
        <message>
            <source>needs at least {limit} value(s)</source>
            <translation>heeft minstens {limit} waarde(n) nodig</translation>
        </message>
        <message>
            <source>allows at most {limit} values</source>
            <translation>staat hoogstens {limit} waarden toe</translation>
        </message>
        <message>
            <source>contains the same value twice</source>
            <translation>bevat twee keer dezelfde waarde</translation>
        </message>
        <message>
            <source>the location lies outside the Netherlands</source>
            <translation>de locatie ligt buiten Nederland</translation>
        </message>
        <message>
            <source>is used twice (rows {first} and {second})</source>
            <translation>komt twee keer voor (rijen {first} en {second})</translation>
        </message>
        <message>
            <source>Show fast-charge screening rules</source>
            <translation>Toetsingsregels snelladen tonen</translation>
        </message>
        <message>
            <source>Rule file (empty = bundled snellaadvisie)</source>
            <translation>Regelbestand (leeg = meegeleverde snellaadvisie)</translation>
        </message>
        <message>
            <source>Overview of the rules (HTML)</source>
            <translation>Overzicht van de regels (HTML)</translation>
        </message>
        <message>
            <source>Rule file version</source>
            <translation>Versie van het regelbestand</translation>
        </message>
        <message>
            <source>Rule file sha256</source>
            <translation>Sha256 van het regelbestand</translation>
        </message>
        <message>
            <source>Rule file {name}, version {version}, {count} criteria, sha256 {sha}</source>
            <translation>Regelbestand {name}, versie {version}, {count} criteria, sha256 {sha}</translation>
        </message>
        <message>
            <source>Screen fast-charge sites</source>
            <translation>Snellaadlocaties toetsen</translation>
        </message>
        <message>
            <source>Candidate fast-charge sites (points or polygons)</source>
            <translation>Kandidaat-snellaadlocaties (punten of vlakken)</translation>
        </message>
        <message>
            <source>Existing fast charging counts from</source>
            <translation>Bestaand snelladen telt vanaf</translation>
        </message>
        <message>
            <source>50 kW or more (NAL, since October 2023)</source>
            <translation>50 kW of meer (NAL, sinds oktober 2023)</translation>
        </message>
        <message>
            <source>more than 43 kW (regional plan)</source>
            <translation>meer dan 43 kW (regionaal plan)</translation>
        </message>
        <message>
            <source>Existing fast-charge sites (empty = bundled NDW data)</source>
            <translation>Bestaande snellaadlocaties (leeg = meegeleverde NDW-data)</translation>
        </message>
        <message>
            <source>Main road network (lines)</source>
            <translation>Hoofdwegennet en hoofdontsluiting (lijnen)</translation>
        </message>
        <message>
            <source>Grid congestion areas (polygons)</source>
            <translation>Netcongestiegebieden (vlakken)</translation>
        </message>
        <message>
            <source>Substations (points)</source>
            <translation>Onderstations (punten)</translation>
        </message>
        <message>
            <source>Regional search areas for fast charging (polygons)</source>
            <translation>Regionale zoekgebieden snelladen (vlakken)</translation>
        </message>
        <message>
            <source>Protected areas (polygons)</source>
            <translation>Beschermde gebieden (vlakken)</translation>
        </message>
        <message>
            <source>Demand points, e.g. households or EVs (points or polygons)</source>
            <translation>Vraagpunten, bijv. huishoudens of EV's (punten of vlakken)</translation>
        </message>
        <message>
            <source>Demand field (empty = every feature counts 1)</source>
            <translation>Vraagveld (leeg = elk object telt 1)</translation>
        </message>
        <message>
            <source>Logistics businesses and depots (points)</source>
            <translation>Logistieke bedrijven en depots (punten)</translation>
        </message>
        <message>
            <source>Taxi ranks (points)</source>
            <translation>Taxistandplaatsen (punten)</translation>
        </message>
        <message>
            <source>Screened candidates</source>
            <translation>Getoetste kandidaten</translation>
        </message>
        <message>
            <source>Folder for the HTML report per candidate</source>
            <translation>Map voor het HTML-rapport per kandidaat</translation>
        </message>
        <message>
            <source>Rule file {name}, version {version}, sha256 {sha}</source>
            <translation>Regelbestand {name}, versie {version}, sha256 {sha}</translation>
        </message>
        <message>
            <source>the candidate layer cannot be opened</source>
            <translation>de kandidatenlaag kan niet worden geopend</translation>
        </message>
        <message>
            <source>candidate layer</source>
            <translation>kandidatenlaag</translation>
        </message>
        <message>
            <source>{count} candidates read</source>
            <translation>{count} kandidaten gelezen</translation>
        </message>
        <message>
            <source>No layer '{key}': its criteria are not assessed</source>
            <translation>Geen laag '{key}': de criteria daarvan worden niet beoordeeld</translation>
        </message>
        <message>
            <source>{count} invalid geometries in layer '{key}' were repaired</source>
            <translation>{count} ongeldige geometrieën in laag '{key}' zijn hersteld</translation>
        </message>
        <message>
            <source>Fast-charge screening ({version})</source>
            <translation>Toets snellaadlocaties ({version})</translation>
        </message>
        <message>
            <source>{count} reports written to {folder}</source>
            <translation>{count} rapporten geschreven naar {folder}</translation>
        </message>
        <message>
            <source>Advice: {positive} positive, {study} further study, {negative} negative</source>
            <translation>Advies: {positive} positief, {study} nader onderzoek, {negative} negatief</translation>
        </message>
        <message>
            <source>input layer {name}</source>
            <translation>invoerlaag {name}</translation>
        </message>
        <message>
            <source>Plan map (plankaart) for the council</source>
            <translation>Plankaart voor de raad</translation>
        </message>
        <message>
            <source>Or: municipality polygon layer (overrides the code)</source>
            <translation>Of: polygoonlaag van de gemeente (gaat boven de code)</translation>
        </message>
        <message>
            <source>Municipality name on the map (empty = from the data)</source>
            <translation>Gemeentenaam op de kaart (leeg = uit de gegevens)</translation>
        </message>
        <message>
            <source>Charging locations of the plan</source>
            <translation>Laadlocaties van het plan</translation>
        </message>
        <message>
            <source>Field with the location id</source>
            <translation>Veld met het locatienummer</translation>
        </message>
        <message>
            <source>Field with the address or street</source>
            <translation>Veld met het adres of de straat</translation>
        </message>
        <message>
            <source>Field with the type (normal / fast charging)</source>
            <translation>Veld met de soort (normaal / snelladen)</translation>
        </message>
        <message>
            <source>Field with the number of charge points</source>
            <translation>Veld met het aantal laadpunten</translation>
        </message>
        <message>
            <source>Field with the status (existing / planned / proposed)</source>
            <translation>Veld met de status (bestaand / gepland / voorgesteld)</translation>
        </message>
        <message>
            <source>Field with the traffic decree reference</source>
            <translation>Veld met het kenmerk van het verkeersbesluit</translation>
        </message>
        <message>
            <source>Existing charging points (empty = bundled NDW locations)</source>
            <translation>Bestaande laadpunten (leeg = meegeleverde NDW-locaties)</translation>
        </message>
        <message>
            <source>Show the bundled NDW charging locations when no layer is given</source>
            <translation>Toon de meegeleverde NDW-laadlocaties als geen laag is gekozen</translation>
        </message>
        <message>
            <source>Charging pressure raster (laaddruk)</source>
            <translation>Laaddrukraster</translation>
        </message>
        <message>
            <source>Roads for the offline background</source>
            <translation>Wegen voor de offline achtergrond</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Sjabloon</translation>
        </message>
        <message>
            <source>A3 landscape</source>
            <translation>A3 liggend</translation>
        </message>
        <message>
            <source>A4 portrait</source>
            <translation>A4 staand</translation>
        </message>
        <message>
            <source>Or: own layout template (.qpt with the same item ids)</source>
            <translation>Of: eigen opmaaksjabloon (.qpt met dezelfde item-id's)</translation>
        </message>
        <message>
            <source>Atlas: one sheet per feature of the coverage layer, after the overview</source>
            <translation>Atlas: één kaartblad per object van de dekkingslaag, na het overzicht</translation>
        </message>
        <message>
            <source>Atlas coverage (wijken, kernen or proposal areas)</source>
            <translation>Atlasdekking (wijken, kernen of voorstelgebieden)</translation>
        </message>
        <message>
            <source>Field with the sheet name</source>
            <translation>Veld met de naam van het kaartblad</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Draft (concept)</source>
            <translation>Concept</translation>
        </message>
        <message>
            <source>Adopted by the council</source>
            <translation>Vastgesteld door de raad</translation>
        </message>
        <message>
            <source>Language of the map</source>
            <translation>Taal van de kaart</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <source>Background map</source>
            <translation>Achtergrondkaart</translation>
        </message>
        <message>
            <source>Municipal logo (PNG, JPG or SVG)</source>
            <translation>Logo van de gemeente (PNG, JPG of SVG)</translation>
        </message>
        <message>
            <source>Extra source and licence text</source>
            <translation>Extra tekst over bronnen en licenties</translation>
        </message>
        <message>
            <source>Also write PNG sheets</source>
            <translation>Ook kaartbladen als PNG schrijven</translation>
        </message>
        <message>
            <source>Plan map PDF</source>
            <translation>Plankaart-pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Pdf-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>Number of sheets</source>
            <translation>Aantal kaartbladen</translation>
        </message>
        <message>
            <source>Layout name in the project</source>
            <translation>Naam van de opmaak in het project</translation>
        </message>
        <message>
            <source>PNG sheets</source>
            <translation>PNG-kaartbladen</translation>
        </message>
        <message>
            <source>The locations layer has no field '{field}'.</source>
            <translation>De locatielaag heeft geen veld '{field}'.</translation>
        </message>
        <message>
            <source>Choose the layer with the charging locations of the plan.</source>
            <translation>Kies de laag met de laadlocaties van het plan.</translation>
        </message>
        <message>
            <source>The atlas option needs a coverage layer (wijken, kernen or proposal areas).</source>
            <translation>De atlasoptie heeft een dekkingslaag nodig (wijken, kernen of voorstelgebieden).</translation>
        </message>
        <message>
            <source>An adopted plan map needs the date of the council decision.</source>
            <translation>Een vastgestelde plankaart heeft de datum van het raadsbesluit nodig.</translation>
        </message>
        <message>
            <source>The logo file '{path}' does not exist.</source>
            <translation>Het logobestand '{path}' bestaat niet.</translation>
        </message>
        <message>
            <source>The layout '{name}' is in the project: Project &gt; Layouts.</source>
            <translation>De opmaak '{name}' staat in het project: Project &gt; Opmaken.</translation>
        </message>
        <message>
            <source>Charging pressure map (measured)</source>
            <translation>Laaddrukkaart (gemeten)</translation>
        </message>
        <message>
            <source>Charge points with usage indicators</source>
            <translation>Laadpunten met gebruiksindicatoren</translation>
        </message>
        <message>
            <source>Fields mapped as density per km² (empty = sessies_per_dag, kwh_per_dag, aansluituren_per_dag)</source>
            <translation>Velden als dichtheid per km² (leeg = sessies_per_dag, kwh_per_dag, aansluituren_per_dag)</translation>
        </message>
        <message>
            <source>Fields mapped as kernel-weighted mean (empty = piekbezetting_pct)</source>
            <translation>Velden als kernelgewogen gemiddelde (leeg = piekbezetting_pct)</translation>
        </message>
        <message>
            <source>Demand field for the laaddruk surface (empty = aansluituren_per_dag)</source>
            <translation>Vraagveld voor de laaddrukkaart (leeg = aansluituren_per_dag)</translation>
        </message>
        <message>
            <source>Kernel shape</source>
            <translation>Kernelvorm</translation>
        </message>
        <message>
            <source>Kernel radius</source>
            <translation>Kernelstraal</translation>
        </message>
        <message>
            <source>Walking distance</source>
            <translation>Loopafstand</translation>
        </message>
        <message>
            <source>Cell size (m, whole metres; grid corner on a multiple of 100 m)</source>
            <translation>Celgrootte (m, hele meters; hoek van het raster op een veelvoud van 100 m)</translation>
        </message>
        <message>
            <source>Areas for the summary table (empty = municipalities)</source>
            <translation>Gebieden voor de samenvattende tabel (leeg = gemeenten)</translation>
        </message>
        <message>
            <source>Memory budget (MB)</source>
            <translation>Geheugenbudget (MB)</translation>
        </message>
        <message>
            <source>Charging pressure surfaces</source>
            <translation>Laaddrukkaarten</translation>
        </message>
        <message>
            <source>Charging pressure per area</source>
            <translation>Laaddruk per gebied</translation>
        </message>
        <message>
            <source>The charge point layer could not be read.</source>
            <translation>De laag met laadpunten kon niet worden gelezen.</translation>
        </message>
        <message>
            <source>Layer '{layer}' has none of the default fields ({fields}); choose the fields to map.</source>
            <translation>Laag '{layer}' heeft geen van de standaardvelden ({fields}); kies de velden voor de kaart.</translation>
        </message>
        <message>
            <source>Quartic (biweight)</source>
            <translation>Kwartisch (biweight)</translation>
        </message>
        <message>
            <source>Triangular</source>
            <translation>Driehoekig</translation>
        </message>
        <message>
            <source>Uniform</source>
            <translation>Uniform</translation>
        </message>
        <message>
            <source>Epanechnikov</source>
            <translation>Epanechnikov</translation>
        </message>
        <message>
            <source>Triweight</source>
            <translation>Triweight</translation>
        </message>
        <message>
            <source>input layer</source>
            <translation>invoerlaag</translation>
        </message>
        <message>
            <source>{count} feature(s) without geometry were skipped.</source>
            <translation>{count} object(en) zonder geometrie zijn overgeslagen.</translation>
        </message>
        <message>
            <source>{label}: '{value}' is not a date; write it as yyyy-mm-dd, e.g. 2024-01-01</source>
            <translation>{label}: '{value}' is geen datum; schrijf jjjj-mm-dd, bv. 2024-01-01</translation>
        </message>
        <message>
            <source>Charging session indicators (NAL)</source>
            <translation>Laadsessie-indicatoren (NAL)</translation>
        </message>
        <message>
            <source>Session files (OCPI CDR/Session JSON, ElaadNL or CPO export CSV/XLSX)</source>
            <translation>Sessiebestanden (OCPI CDR/Session JSON, ElaadNL- of CPO-export CSV/XLSX)</translation>
        </message>
        <message>
            <source>EVSE or charge point id field of the locations layer</source>
            <translation>Veld met EVSE- of laadpunt-id in de locatielaag</translation>
        </message>
        <message>
            <source>Municipality code field</source>
            <translation>Veld gemeentecode</translation>
        </message>
        <message>
            <source>Municipality name field</source>
            <translation>Veld gemeentenaam</translation>
        </message>
        <message>
            <source>Peak window start (hour, local time)</source>
            <translation>Begin piekvenster (uur, lokale tijd)</translation>
        </message>
        <message>
            <source>Peak window end (hour, local time)</source>
            <translation>Einde piekvenster (uur, lokale tijd)</translation>
        </message>
        <message>
            <source>Peak occupancy threshold (%)</source>
            <translation>Drempel piekbezetting (%)</translation>
        </message>
        <message>
            <source>Suppress aggregates over fewer distinct cards than</source>
            <translation>Onderdruk cijfers over minder unieke passen dan</translation>
        </message>
        <message>
            <source>Maximum plausible session length (hours)</source>
            <translation>Maximale plausibele sessieduur (uren)</translation>
        </message>
        <message>
            <source>Maximum charging power when the data has none (kW)</source>
            <translation>Maximaal laadvermogen als de data het niet geeft (kW)</translation>
        </message>
        <message>
            <source>CSV delimiter</source>
            <translation>CSV-scheidingsteken</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Herkennen</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Decimal separator</source>
            <translation>Decimaalteken</translation>
        </message>
        <message>
            <source>Comma</source>
            <translation>Komma</translation>
        </message>
        <message>
            <source>Point</source>
            <translation>Punt</translation>
        </message>
        <message>
            <source>Text encoding</source>
            <translation>Tekstcodering</translation>
        </message>
        <message>
            <source>Date format (empty = detect; e.g. %d-%m-%Y %H:%M)</source>
            <translation>Datumnotatie (leeg = herkennen; bv. %d-%m-%Y %H:%M)</translation>
        </message>
        <message>
            <source>Time zone of local times in CSV/XLSX exports</source>
            <translation>Tijdzone van lokale tijden in CSV/XLSX-exports</translation>
        </message>
        <message>
            <source>Column mapping (empty = detect; e.g. start=Begintijd;end=Eindtijd;kwh=Energie)</source>
            <translation>Kolomtoewijzing (leeg = herkennen; bv. start=Begintijd;end=Eindtijd;kwh=Energie)</translation>
        </message>
        <message>
            <source>Charge points with indicators</source>
            <translation>Laadpunten met indicatoren</translation>
        </message>
        <message>
            <source>Daily indicators per EVSE</source>
            <translation>Dagindicatoren per EVSE</translation>
        </message>
        <message>
            <source>Indicators per gemeente, provincie and region</source>
            <translation>Indicatoren per gemeente, provincie en regio</translation>
        </message>
        <message>
            <source>Data quality checks</source>
            <translation>Controles datakwaliteit</translation>
        </message>
        <message>
            <source>Excluded sessions with reason</source>
            <translation>Uitgesloten sessies met reden</translation>
        </message>
        <message>
            <source>Monitoring workbook</source>
            <translation>Monitoringwerkboek</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-werkmap (*.xlsx)</translation>
        </message>
        <message>
            <source>Layer {layer}: choose the field that holds the EVSE or charge point id (field '{field}' not found; fields: {fields}).</source>
            <translation>Laag {layer}: kies het veld met het EVSE- of laadpunt-id (veld '{field}' niet gevonden; velden: {fields}).</translation>
        </message>
        <message>
            <source>Layer {layer} has no field '{field}' (fields: {fields}).</source>
            <translation>Laag {layer} heeft geen veld '{field}' (velden: {fields}).</translation>
        </message>
        <message>
            <source>Period start</source>
            <translation>Begin periode</translation>
        </message>
        <message>
            <source>Period end</source>
            <translation>Einde periode</translation>
        </message>
        <message>
            <source>Period {first} to {last}: {sessions} sessions on {points} charge points (EVSE).</source>
            <translation>Periode {first} tot en met {last}: {sessions} sessies op {points} laadpunten (EVSE).</translation>
        </message>
        <message>
            <source>Charge points: occupancy</source>
            <translation>Laadpunten: bezettingsgraad</translation>
        </message>
        <message>
            <source>Session data quality</source>
            <translation>Datakwaliteit laadsessies</translation>
        </message>
        <message>
            <source>Excluded sessions</source>
            <translation>Uitgesloten sessies</translation>
        </message>
        <message>
            <source>Locations: {source}</source>
            <translation>Locaties: {source}</translation>
        </message>
        <message>
            <source>Existing charging points: {source}</source>
            <translation>Bestaande laadpunten: {source}</translation>
        </message>
        <message>
            <source>Charging pressure: {source}</source>
            <translation>Laaddruk: {source}</translation>
        </message>
        <message>
            <source>Roads: layer supplied by the municipality</source>
            <translation>Wegen: laag aangeleverd door de gemeente</translation>
        </message>
        <message>
            <source>Boundaries: {source}</source>
            <translation>Grenzen: {source}</translation>
        </message>
        <message>
            <source>Background map: {source}</source>
            <translation>Achtergrondkaart: {source}</translation>
        </message>
        <message>
            <source>'{text}' is not a date; write it as day-month-year, e.g. 12-03-2026.</source>
            <translation>'{text}' is geen datum; schrijf dag-maand-jaar, bijvoorbeeld 12-03-2026.</translation>
        </message>
        <message>
            <source>Unknown plan status '{status}'.</source>
            <translation>Onbekende status van de plankaart '{status}'.</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legenda</translation>
        </message>
        <message>
            <source>No plan locations on this sheet.</source>
            <translation>Geen planlocaties op dit kaartblad.</translation>
        </message>
        <message>
            <source>Where to place laadpunten next (ranked areas)</source>
            <translation>Waar de volgende laadpunten komen (gerangschikte gebieden)</translation>
        </message>
        <message>
            <source>Charge points with usage indicators (from Session indicators)</source>
            <translation>Laadpunten met gebruiksindicatoren (uit Laadsessie-indicatoren (NAL))</translation>
        </message>
        <message>
            <source>Peak occupancy threshold (%), used when the layer has no weeks-above-threshold field</source>
            <translation>Drempel piekbezetting (%), gebruikt als de laag geen veld met weken boven de drempel heeft</translation>
        </message>
        <message>
            <source>Minimum number of weeks with peak occupancy above the threshold</source>
            <translation>Minimum aantal weken met piekbezetting boven de drempel</translation>
        </message>
        <message>
            <source>Prognosed gap per area (from Prognosed charging pressure)</source>
            <translation>Tekort per gebied (uit Geprognosticeerde laaddruk)</translation>
        </message>
        <message>
            <source>Proposal areas (ranked)</source>
            <translation>Voorstelgebieden (gerangschikt)</translation>
        </message>
        <message>
            <source>Give charge points with usage indicators, a prognosed gap layer, or both.</source>
            <translation>Geef laadpunten met gebruiksindicatoren, een laag met het geprognosticeerde tekort, of beide.</translation>
        </message>
        <message>
            <source>Layer '{layer}' lacks the field(s) {fields}; use the output of Prognosed charging pressure.</source>
            <translation>Laag '{layer}' mist het veld of de velden {fields}; gebruik de uitvoer van Geprognosticeerde laaddruk.</translation>
        </message>
        <message>
            <source>Prognosed charging pressure and gap</source>
            <translation>Geprognosticeerde laaddruk en tekort</translation>
        </message>
        <message>
            <source>Demand layer: address points, buurt polygons or CBS grid squares (empty = per municipality)</source>
            <translation>Vraaglaag: adrespunten, buurtvlakken of CBS-vierkanten (leeg = per gemeente)</translation>
        </message>
        <message>
            <source>Households field (empty for address points = 1 household each)</source>
            <translation>Veld huishoudens (leeg bij adrespunten = 1 huishouden per punt)</translation>
        </message>
        <message>
            <source>Electric cars field: counts given directly (empty = plan prognosis)</source>
            <translation>Veld elektrische auto's: zelf opgegeven aantallen (leeg = prognose uit het plan)</translation>
        </message>
        <message>
            <source>Plan RAL Zuid: passenger cars</source>
            <translation>Plan RAL Zuid: personenauto's</translation>
        </message>
        <message>
            <source>Plan RAL Zuid: passenger cars and half of the vans</source>
            <translation>Plan RAL Zuid: personenauto's en de helft van de bestelbussen</translation>
        </message>
        <message>
            <source>Prognosed gap per area</source>
            <translation>Tekort per gebied (prognose)</translation>
        </message>
        <message>
            <source>NAL coverage: 500 m cells with 125 or more households and no public point</source>
            <translation>NAL-dekking: cellen van 500 m met 125 of meer huishoudens en geen publiek laadpunt</translation>
        </message>
        <message>
            <source>Prognosed pressure surfaces</source>
            <translation>Geprognosticeerde laaddrukkaarten</translation>
        </message>
        <message>
            <source>Prognosed gap per area {year}</source>
            <translation>Tekort per gebied {year} (prognose)</translation>
        </message>
        <message>
            <source>NAL coverage: {count} cell(s) of 500 m with 125 or more households and no public point.</source>
            <translation>NAL-dekking: {count} cel(len) van 500 m met 125 of meer huishoudens en geen publiek laadpunt.</translation>
        </message>
        <message>
            <source>NAL coverage gaps (500 m cells)</source>
            <translation>Gaten in de NAL-dekking (cellen van 500 m)</translation>
        </message>
        <message>
            <source>The layer of existing public points '{layer}' is empty.</source>
            <translation>De laag met bestaande publieke laadpunten '{layer}' is leeg.</translation>
        </message>
        <message>
            <source>Build submission package</source>
            <translation>Aanmeldpakket maken</translation>
        </message>
        <message>
            <source>Screened candidates (output of fast-charge screening)</source>
            <translation>Getoetste kandidaten (uitvoer van Snellaadlocaties toetsen)</translation>
        </message>
        <message>
            <source>Municipality name</source>
            <translation>Gemeentenaam</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Contactpersoon</translation>
        </message>
        <message>
            <source>Contact e-mail</source>
            <translation>E-mail contactpersoon</translation>
        </message>
        <message>
            <source>Contact telephone</source>
            <translation>Telefoon contactpersoon</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Afdeling</translation>
        </message>
        <message>
            <source>Folder with screening reports (&lt;kandidaat_id&gt;.html)</source>
            <translation>Map met toetsrapporten (&lt;kandidaat_id&gt;.html)</translation>
        </message>
        <message>
            <source>Plankaart (PDF)</source>
            <translation>Plankaart (pdf)</translation>
        </message>
        <message>
            <source>Put the package in the outbox for sending</source>
            <translation>Het pakket in de outbox zetten om te versturen</translation>
        </message>
        <message>
            <source>Submission package</source>
            <translation>Aanmeldpakket</translation>
        </message>
        <message>
            <source>Zip files (*.zip)</source>
            <translation>Zip-bestanden (*.zip)</translation>
        </message>
        <message>
            <source>The candidates layer could not be read.</source>
            <translation>De kandidatenlaag kon niet worden gelezen.</translation>
        </message>
        <message>
            <source>The candidates layer has no features: there is nothing to submit.</source>
            <translation>De kandidatenlaag heeft geen objecten: er is niets aan te melden.</translation>
        </message>
        <message>
            <source>No folder with screening reports given: the package holds no reports.</source>
            <translation>Geen map met toetsrapporten opgegeven: het pakket bevat geen rapporten.</translation>
        </message>
        <message>
            <source>Package {path} written: submission {submission_id}, {count} candidates.</source>
            <translation>Pakket {path} geschreven: aanmelding {submission_id}, {count} kandidaten.</translation>
        </message>
        <message>
            <source>The package is in the outbox; send it with 'Submit to the expertisecentrum'.</source>
            <translation>Het pakket staat in de outbox; verstuur het met 'Aanmelden bij het expertisecentrum'.</translation>
        </message>
        <message>
            <source>Fetch review status of submitted candidates</source>
            <translation>Beoordelingsstatus van aangemelde kandidaten ophalen</translation>
        </message>
        <message>
            <source>Submitted candidates (with field kandidaat_id)</source>
            <translation>Aangemelde kandidaten (met veld kandidaat_id)</translation>
        </message>
        <message>
            <source>Service URL (empty = from the submission settings)</source>
            <translation>Service-URL (leeg = uit de instellingen voor aanmelden)</translation>
        </message>
        <message>
            <source>Collection (empty = from the submission settings)</source>
            <translation>Collectie (leeg = uit de instellingen voor aanmelden)</translation>
        </message>
        <message>
            <source>Authentication (empty = from the submission settings)</source>
            <translation>Authenticatie (leeg = uit de instellingen voor aanmelden)</translation>
        </message>
        <message>
            <source>Candidates with review status</source>
            <translation>Kandidaten met beoordelingsstatus</translation>
        </message>
        <message>
            <source>the layer has no field 'kandidaat_id'</source>
            <translation>de laag heeft geen veld 'kandidaat_id'</translation>
        </message>
        <message>
            <source>Fill in the municipality code (e.g. GM0772).</source>
            <translation>Vul de gemeentecode in (bijv. GM0772).</translation>
        </message>
        <message>
            <source>{found} of {total} candidates found on the service: {summary}</source>
            <translation>{found} van {total} kandidaten gevonden op de service: {summary}</translation>
        </message>
        <message>
            <source>Submit to the expertisecentrum</source>
            <translation>Aanmelden bij het expertisecentrum</translation>
        </message>
        <message>
            <source>Submission package (empty = only send what waits in the outbox)</source>
            <translation>Aanmeldpakket (leeg = alleen versturen wat in de outbox wacht)</translation>
        </message>
        <message>
            <source>Keep retrying for at most (seconds)</source>
            <translation>Maximaal blijven proberen (seconden)</translation>
        </message>
        <message>
            <source>Submission id</source>
            <translation>Aanmelding-id</translation>
        </message>
        <message>
            <source>Candidates received by the service</source>
            <translation>Kandidaten ontvangen door de service</translation>
        </message>
        <message>
            <source>Candidates still in the outbox</source>
            <translation>Kandidaten nog in de outbox</translation>
        </message>
        <message>
            <source>Submission {submission_id} is in the outbox.</source>
            <translation>Aanmelding {submission_id} staat in de outbox.</translation>
        </message>
        <message>
            <source>{reason} The submission stays in the outbox; the package is saved and can be e-mailed.</source>
            <translation>{reason} De aanmelding blijft in de outbox; het pakket is opgeslagen en kan per e-mail worden verstuurd.</translation>
        </message>
        <message>
            <source>Candidate {candidate}: {reason}</source>
            <translation>Kandidaat {candidate}: {reason}</translation>
        </message>
        <message>
            <source>{received} candidates received by the service, {pending} still in the outbox.</source>
            <translation>{received} kandidaten ontvangen door de service, {pending} nog in de outbox.</translation>
        </message>
        <message>
            <source>contains what looks like a charge card id; remove personal data</source>
            <translation>bevat iets dat op een laadpasnummer lijkt; verwijder persoonsgegevens</translation>
        </message>
        <message>
            <source>RAL Zuid – submission settings</source>
            <translation>RAL Zuid – instellingen aanmelden</translation>
        </message>
        <message>
            <source>Service URL (OGC API - Features)</source>
            <translation>Service-URL (OGC API - Features)</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Collectie</translation>
        </message>
        <message>
            <source>Authentication</source>
            <translation>Authenticatie</translation>
        </message>
        <message>
            <source>Timeout per request</source>
            <translation>Time-out per verzoek</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Verbinding testen</translation>
        </message>
        <message>
            <source>Connected: collection '{title}' found.</source>
            <translation>Verbonden: collectie '{title}' gevonden.</translation>
        </message>
        <message>
            <source>The service answered, but not with JSON: is the URL right?</source>
            <translation>De service antwoordde, maar niet met JSON: klopt de URL?</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>klaar voor verzending</translation>
        </message>
        <message>
            <source>sent, not yet confirmed</source>
            <translation>verstuurd, nog niet bevestigd</translation>
        </message>
        <message>
            <source>received</source>
            <translation>ontvangen</translation>
        </message>
        <message>
            <source>reviewed</source>
            <translation>beoordeeld</translation>
        </message>
        <message>
            <source>RAL Zuid – submit candidate snellaadlocaties</source>
            <translation>RAL Zuid – kandidaat-snellaadlocaties aanmelden</translation>
        </message>
        <message>
            <source>Submission</source>
            <translation>Aanmelding</translation>
        </message>
        <message>
            <source>Outbox and review</source>
            <translation>Outbox en beoordeling</translation>
        </message>
        <message>
            <source>Candidates (output of fast-charge screening)</source>
            <translation>Kandidaten (uitvoer van Snellaadlocaties toetsen)</translation>
        </message>
        <message>
            <source>Municipality and contact (remembered for next time)</source>
            <translation>Gemeente en contactpersoon (onthouden voor de volgende keer)</translation>
        </message>
        <message>
            <source>Attachments and package</source>
            <translation>Bijlagen en pakket</translation>
        </message>
        <message>
            <source>Folder with screening reports</source>
            <translation>Map met toetsrapporten</translation>
        </message>
        <message>
            <source>Plankaart (PDF, optional)</source>
            <translation>Plankaart (pdf, optioneel)</translation>
        </message>
        <message>
            <source>Save package as</source>
            <translation>Pakket opslaan als</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Controleren</translation>
        </message>
        <message>
            <source>Save package only</source>
            <translation>Alleen pakket opslaan</translation>
        </message>
        <message>
            <source>Save package and send</source>
            <translation>Pakket opslaan en versturen</translation>
        </message>
        <message>
            <source>Choose a layer with screened candidates.</source>
            <translation>Kies een laag met getoetste kandidaten.</translation>
        </message>
        <message>
            <source>Tick at least one candidate.</source>
            <translation>Vink minstens één kandidaat aan.</translation>
        </message>
        <message>
            <source>The submission is valid: {count} candidates.</source>
            <translation>De aanmelding is geldig: {count} kandidaten.</translation>
        </message>
        <message>
            <source>Package saved: {path}</source>
            <translation>Pakket opgeslagen: {path}</translation>
        </message>
        <message>
            <source>{count} candidates received by the service.</source>
            <translation>{count} kandidaten ontvangen door de service.</translation>
        </message>
        <message>
            <source>The submission stays in the outbox; the package can be e-mailed instead.</source>
            <translation>De aanmelding blijft in de outbox; het pakket kan ook per e-mail worden verstuurd.</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Kandidaat</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Pogingen</translation>
        </message>
        <message>
            <source>Review status</source>
            <translation>Beoordelingsstatus</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Opmerking</translation>
        </message>
        <message>
            <source>Last problem</source>
            <translation>Laatste probleem</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Vernieuwen</translation>
        </message>
        <message>
            <source>Send waiting candidates again</source>
            <translation>Wachtende kandidaten opnieuw versturen</translation>
        </message>
        <message>
            <source>Fetch review statuses</source>
            <translation>Beoordelingsstatussen ophalen</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Instellingen…</translation>
        </message>
        <message>
            <source>Write review statuses onto the chosen candidates layer</source>
            <translation>Beoordelingsstatussen op de gekozen kandidatenlaag schrijven</translation>
        </message>
        <message>
            <source>The outbox could not be read: {error}</source>
            <translation>De outbox kon niet worden gelezen: {error}</translation>
        </message>
        <message>
            <source>Send outbox</source>
            <translation>Outbox versturen</translation>
        </message>
        <message>
            <source>{count} review statuses fetched, {written} written onto the layer.</source>
            <translation>{count} beoordelingsstatussen opgehaald, {written} op de laag geschreven.</translation>
        </message>
        <message>
            <source>Existing charging points (NDW)</source>
            <translation>Bestaande laadpunten (NDW)</translation>
        </message>
        <message>
            <source>Submission settings…</source>
            <translation>Instellingen aanmelden…</translation>
        </message>
        <message>
            <source>Draw proposal areas up to this rank (0 = all)</source>
            <translation>Voorstelgebieden tekenen tot en met deze rang (0 = alle)</translation>
        </message>
        <message>
            <source>The service URL contains a user name or password. Remove it and choose an authentication configuration in the RAL Zuid submission settings instead.</source>
            <translation>De service-URL bevat een gebruikersnaam of wachtwoord. Haal die weg en kies in de RAL Zuid-instellingen voor aanmelden een authenticatieconfiguratie.</translation>
        </message>
        <message>
            <source>Boundary of this sheet</source>
            <translation>Grens van dit kaartblad</translation>
        </message>
        <message>
            <source>The service stored candidate {feature_id} under its own id {stored_id}. It must keep the id the plugin chooses, or retries would make duplicates; ask the expertisecentrum (see docs/submission-protocol.md).</source>
            <translation>De service heeft kandidaat {feature_id} onder een eigen id {stored_id} opgeslagen. De service moet de id van de plugin houden, anders geeft opnieuw proberen dubbele aanmeldingen; neem contact op met het expertisecentrum (zie docs/submission-protocol.md).</translation>
        </message>
        <message>
            <source>The map layers could not be saved in '{path}': {message}</source>
            <translation>De kaartlagen konden niet worden opgeslagen in '{path}': {message}</translation>
        </message>
        <message>
            <source>GeoPackage with the map layers of the layout</source>
            <translation>GeoPackage met de kaartlagen van de opmaak</translation>
        </message>
        <message>
            <source>Fast-charge screening rules</source>
            <translation>Toetsingsregels snelladen</translation>
        </message>
        <message>
            <source>Other rule file…</source>
            <translation>Ander regelbestand…</translation>
        </message>
        <message>
            <source>Bundled rules</source>
            <translation>Meegeleverde regels</translation>
        </message>
        <message>
            <source>This rule file cannot be used: {error}</source>
            <translation>Dit regelbestand is niet bruikbaar: {error}</translation>
        </message>
        <message>
            <source>Choose a rule file</source>
            <translation>Kies een regelbestand</translation>
        </message>
        <message>
            <source>Rule files (*.json)</source>
            <translation>Regelbestanden (*.json)</translation>
        </message>
        <message>
            <source>The charging pressure raster has {count} bands; band {band} does not exist.</source>
            <translation>Het laaddrukraster heeft {count} banden; band {band} bestaat niet.</translation>
        </message>
        <message>
            <source>Band of the charging pressure raster</source>
            <translation>Band van het laaddrukraster</translation>
        </message>
        <message>
            <source>The municipality layer holds {count} different municipalities; select one and tick 'Selected features only', or use the CBS code.</source>
            <translation>De gemeentelaag bevat {count} verschillende gemeenten; selecteer er één en vink 'Alleen geselecteerde objecten' aan, of gebruik de CBS-code.</translation>
        </message>
        <message>
            <source>(knock-out)</source>
            <translation>(knock-out)</translation>
        </message>
        <message>
            <source>distance to the nearest feature</source>
            <translation>afstand tot het dichtstbijzijnde object</translation>
        </message>
        <message>
            <source>number of features within</source>
            <translation>aantal objecten binnen</translation>
        </message>
        <message>
            <source>sum of a field within</source>
            <translation>som van een veld binnen</translation>
        </message>
        <message>
            <source>inside a polygon</source>
            <translation>binnen een vlak</translation>
        </message>
        <message>
            <source>field of the candidate</source>
            <translation>veld van de kandidaat</translation>
        </message>
        <message>
            <source>{count} candidates from the outbox received by the service.</source>
            <translation>{count} kandidaten uit de outbox ontvangen door de service.</translation>
        </message>
        <message>
            <source>The layer has no field '{name}'.</source>
            <translation>De laag heeft geen veld '{name}'.</translation>
        </message>
        <message>
            <source>{algorithm} is not available: the Python package '{package}' is missing.</source>
            <translation>{algorithm} is niet beschikbaar: het Python-pakket '{package}' ontbreekt.</translation>
        </message>
        <message>
            <source>RAL Zuid needs the Python packages {packages}; the algorithms that use them are not available. Install them with the OSGeo4W installer or your system's packages (Debian/Ubuntu: python3-&lt;name&gt;); do not let pip upgrade numpy in the Python of QGIS.</source>
            <translation>RAL Zuid heeft de Python-pakketten {packages} nodig; de algoritmen die ze gebruiken zijn niet beschikbaar. Installeer ze met de OSGeo4W-installer of de pakketten van uw systeem (Debian/Ubuntu: python3-&lt;naam&gt;); laat pip numpy niet bijwerken in de Python van QGIS.</translation>
        </message>
        <message>
            <source>{n} sessions change length between the readings: {w} last over a week or end before they start as written, {s} with day and month swapped</source>
            <translation>{n} sessies veranderen van duur tussen de lezingen: zoals geschreven duren er {w} langer dan een week of eindigen vóór hun start, met dag en maand verwisseld {s}</translation>
        </message>
        <message>
            <source>{n} neighbouring rows change order between the readings: {w} go back in time as written, {s} with day and month swapped</source>
            <translation>{n} opeenvolgende rijen veranderen van volgorde tussen de lezingen: zoals geschreven gaan er {w} terug in de tijd, met dag en maand verwisseld {s}</translation>
        </message>
        <message>
            <source>as written</source>
            <translation>zoals geschreven</translation>
        </message>
        <message>
            <source>day and month swapped</source>
            <translation>dag en maand verwisseld</translation>
        </message>
        <message>
            <source>Order of day and month</source>
            <translation>Volgorde van dag en maand</translation>
        </message>
        <message>
            <source>Empty and totals rows</source>
            <translation>Lege rijen en totaalrijen</translation>
        </message>
        <message>
            <source>Open session (no end time, or status ACTIVE/PENDING)</source>
            <translation>Open sessie (geen eindtijd, of status ACTIVE/PENDING)</translation>
        </message>
        <message>
            <source>Session with status INVALID</source>
            <translation>Sessie met status INVALID</translation>
        </message>
        <message>
            <source>Reservation (status RESERVATION, no charging)</source>
            <translation>Reservering (status RESERVATION, geen laden)</translation>
        </message>
        <message>
            <source>read as stated per file; rows = rows where day and month could be exchanged</source>
            <translation>gelezen zoals per bestand vermeld; aantal = rijen waarin dag en maand verwisseld konden zijn</translation>
        </message>
        <message>
            <source>left out: not sessions</source>
            <translation>weggelaten: geen sessies</translation>
        </message>
        <message>
            <source>excluded: still charging when exported, the end is unknown (no occupancy, no kWh)</source>
            <translation>uitgesloten: laadde nog bij de export, het einde is onbekend (geen bezetting, geen kWh)</translation>
        </message>
        <message>
            <source>excluded: the CPO marked the session invalid (no occupancy, no kWh)</source>
            <translation>uitgesloten: door de CPO als ongeldig gemarkeerd (geen bezetting, geen kWh)</translation>
        </message>
        <message>
            <source>excluded: a reservation, not a charging session (no occupancy, no kWh)</source>
            <translation>uitgesloten: een reservering, geen laadsessie (geen bezetting, geen kWh)</translation>
        </message>
        <message>
            <source>a table (CSV/XLSX export)</source>
            <translation>een tabel (CSV/XLSX-export)</translation>
        </message>
        <message>
            <source>{name}: {rows} sessions read from {kind}</source>
            <translation>{name}: {rows} sessies gelezen uit {kind}</translation>
        </message>
        <message>
            <source>numbers: {how}</source>
            <translation>getallen: {how}</translation>
        </message>
        <message>
            <source>left out {blank} empty rows and {totals} totals rows (rows {rows})</source>
            <translation>{blank} lege rijen en {totals} totaalrijen weggelaten (rijen {rows})</translation>
        </message>
        <message>
            <source>{count} sessions excluded: {reason}</source>
            <translation>{count} sessies uitgesloten: {reason}</translation>
        </message>
        <message>
            <source>chosen with the date order or date format parameter</source>
            <translation>gekozen met de parameter volgorde van dag en maand of datumnotatie</translation>
        </message>
        <message>
            <source>dates read {reading} ({n} rows where day and month could be exchanged): {how}</source>
            <translation>datums gelezen: {reading} ({n} rijen waarin dag en maand verwisseld konden zijn): {how}</translation>
        </message>
        <message>
            <source>open (no end time, or status ACTIVE/PENDING)</source>
            <translation>open (geen eindtijd, of status ACTIVE/PENDING)</translation>
        </message>
        <message>
            <source>status INVALID</source>
            <translation>status INVALID</translation>
        </message>
        <message>
            <source>reservation (status RESERVATION)</source>
            <translation>reservering (status RESERVATION)</translation>
        </message>
        <message>
            <source>the time '{value}' cannot be read (expected e.g. 17:45, 17:45:00 or 05:45 PM)</source>
            <translation>de tijd '{value}' is niet te lezen (verwacht bv. 17:45, 17:45:00 of 05:45 PM)</translation>
        </message>
        <message>
            <source>row {row}: '{value}' = {written} as written, {swapped} swapped</source>
            <translation>rij {row}: '{value}' = {written} zoals geschreven, {swapped} verwisseld</translation>
        </message>
        <message>
            <source>no session crosses midnight and the rows are not in start order</source>
            <translation>geen sessie loopt over middernacht en de rijen staan niet op volgorde van start</translation>
        </message>
        <message>
            <source>day and month can be read both ways and the sessions do not show which is right ({evidence}). Examples: {examples}. Set Date order (DATE_ORDER) to 'as written' or 'day and month swapped'</source>
            <translation>dag en maand zijn op twee manieren te lezen en de sessies laten niet zien welke klopt ({evidence}). Voorbeelden: {examples}. Zet Volgorde van dag en maand (DATE_ORDER) op 'zoals geschreven' of 'dag en maand verwisseld'</translation>
        </message>
        <message>
            <source>energy column '{column}' read as Wh: the median energy per connected hour would be {rate:.0f} kW in kWh, more than any charger delivers (set ENERGY_UNIT to override)</source>
            <translation>energiekolom '{column}' gelezen als Wh: in kWh zou de mediane energie per aangesloten uur {rate:.0f} kW zijn, meer dan een laadpunt levert (kies anders de energie-eenheid, ENERGY_UNIT)</translation>
        </message>
        <message>
            <source>energy column '{column}' read as {unit} (unit in the header)</source>
            <translation>energiekolom '{column}' gelezen als {unit} (eenheid in de kop)</translation>
        </message>
        <message>
            <source>the duration '{value}' cannot be read (expected hours such as 2,5 or h:mm such as 2:30)</source>
            <translation>de duur '{value}' is niet te lezen (verwacht uren zoals 2,5 of u:mm zoals 2:30)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>encoding {encoding}, delimiter '{delimiter}', decimal '{decimal}', thousands {thousands}, header on line {header}, date format {date_format}, energy in {unit}, time zone {time_zone}, columns: {mapping}</source>
            <translation>codering {encoding}, scheidingsteken '{delimiter}', decimaalteken '{decimal}', duizendtallen {thousands}, kopregel op regel {header}, datumnotatie {date_format}, energie in {unit}, tijdzone {time_zone}, kolommen: {mapping}</translation>
        </message>
        <message>
            <source>decimal comma seen in the values</source>
            <translation>decimale komma in de waarden gezien</translation>
        </message>
        <message>
            <source>decimal point seen in the values</source>
            <translation>decimale punt in de waarden gezien</translation>
        </message>
        <message>
            <source>no value decides; the convention of a '{delimiter}'-separated file</source>
            <translation>geen waarde beslist; de gewoonte van een bestand gescheiden door '{delimiter}'</translation>
        </message>
        <message>
            <source>{n} values like 1{sep}430 read as thousands (the decimal separator is '{dec}')</source>
            <translation>{n} waarden zoals 1{sep}430 gelezen als duizendtallen (het decimaalteken is '{dec}')</translation>
        </message>
        <message>
            <source>the file has fewer lines than the header row given</source>
            <translation>het bestand heeft minder regels dan de opgegeven kopregel</translation>
        </message>
        <message>
            <source>the file is not valid text in the detected encoding ({error}); set the text encoding</source>
            <translation>het bestand is geen geldige tekst in de herkende codering ({error}); kies de tekencodering</translation>
        </message>
        <message>
            <source>; it has a thousands separator: set Thousands separator (THOUSANDS) to '{thousands}' and Decimal separator to '{decimal}'</source>
            <translation>; de waarde heeft een duizendtalscheidingsteken: zet Duizendtalscheidingsteken (THOUSANDS) op '{thousands}' en Decimaalteken op '{decimal}'</translation>
        </message>
        <message>
            <source>Date order (when day and month could be exchanged)</source>
            <translation>Volgorde van dag en maand (als dag en maand verwisseld kunnen zijn)</translation>
        </message>
        <message>
            <source>Detect from the sessions</source>
            <translation>Herkennen uit de sessies</translation>
        </message>
        <message>
            <source>As written</source>
            <translation>Zoals geschreven</translation>
        </message>
        <message>
            <source>Day and month swapped</source>
            <translation>Dag en maand verwisseld</translation>
        </message>
        <message>
            <source>Thousands separator</source>
            <translation>Duizendtalscheidingsteken</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Geen</translation>
        </message>
        <message>
            <source>Point (1.430,17)</source>
            <translation>Punt (1.430,17)</translation>
        </message>
        <message>
            <source>Comma (1,430.17)</source>
            <translation>Komma (1,430.17)</translation>
        </message>
        <message>
            <source>Line of the header row (0 = detect)</source>
            <translation>Regel van de kopregel (0 = herkennen)</translation>
        </message>
        <message>
            <source>Energy unit</source>
            <translation>Energie-eenheid</translation>
        </message>
        <message>
            <source>Detect (header, then values)</source>
            <translation>Herkennen (kop, dan waarden)</translation>
        </message>
        <message>
            <source>the file cannot be read: {error}</source>
            <translation>het bestand kan niet worden gelezen: {error}</translation>
        </message>
        <message>
            <source>must be more than 0</source>
            <translation>moet groter zijn dan 0</translation>
        </message>
        <message>
            <source>zone {zone}: '{value}' is not a date and time</source>
            <translation>zone {zone}: '{value}' is geen datum en tijd</translation>
        </message>
        <message>
            <source>zone {zone}: posList holds a value that is not a number</source>
            <translation>zone {zone}: posList bevat een waarde die geen getal is</translation>
        </message>
        <message>
            <source>zone {zone}: posList needs pairs of latitude and longitude, at least 4 positions</source>
            <translation>zone {zone}: posList vraagt paren van breedte- en lengtegraad, minstens 4 posities</translation>
        </message>
        <message>
            <source>zone {zone}: posList is not in latitude-longitude order (WGS 84)</source>
            <translation>zone {zone}: posList staat niet in de volgorde breedte-lengte (WGS 84)</translation>
        </message>
        <message>
            <source>a zone without an id</source>
            <translation>een zone zonder id</translation>
        </message>
        <message>
            <source>zone {zone} has no area (gmlPolygon with a posList)</source>
            <translation>zone {zone} heeft geen gebied (gmlPolygon met een posList)</translation>
        </message>
        <message>
            <source>the gzip file is damaged: {error}</source>
            <translation>het gzip-bestand is beschadigd: {error}</translation>
        </message>
        <message>
            <source>not a readable XML file: {error}</source>
            <translation>geen leesbaar XML-bestand: {error}</translation>
        </message>
        <message>
            <source>no zones found: expected a DATEX II ControlledZoneTablePublication with urbanVehicleAccessRegulation</source>
            <translation>geen zones gevonden: verwacht een DATEX II ControlledZoneTablePublication met urbanVehicleAccessRegulation</translation>
        </message>
        <message>
            <source>ZES charging sites: {name}</source>
            <translation>ZES-laadlocaties: {name}</translation>
        </message>
        <message>
            <source>Assumptions {name}, version {version}, sha256 {sha}</source>
            <translation>Aannames {name}, versie {version}, sha256 {sha}</translation>
        </message>
        <message>
            <source>Regional plan, building block city logistics &gt; 3.5 t: 'Wijs laadlocaties aan bij ambities voor ZES' (designate charging sites for ZES ambitions).</source>
            <translation>Plan van Aanpak, bouwblok stadslogistiek &gt; 3,5 t: 'Wijs laadlocaties aan bij ambities voor ZES'.</translation>
        </message>
        <message>
            <source>What is missing or assumed</source>
            <translation>Wat ontbreekt of is aangenomen</translation>
        </message>
        <message>
            <source>Zero-emission zones</source>
            <translation>Zero-emissiezones</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Geldig vanaf</translation>
        </message>
        <message>
            <source>Restricted</source>
            <translation>Geweerd</translation>
        </message>
        <message>
            <source>Electric vans 2030</source>
            <translation>Elektrische bestelbussen 2030</translation>
        </message>
        <message>
            <source>Electric trucks 2030</source>
            <translation>Elektrische vrachtwagens 2030</translation>
        </message>
        <message>
            <source>Proposed points (depot / plaza / truck)</source>
            <translation>Voorgestelde laadpunten (depot / laadplein / vrachtwagen)</translation>
        </message>
        <message>
            <source>Existing fast / truck charging within 3 km</source>
            <translation>Bestaand snelladen / vrachtwagenladen binnen 3 km</translation>
        </message>
        <message>
            <source>Van pressure on public points</source>
            <translation>Bestelbusdruk op publieke laadpunten</translation>
        </message>
        <message>
            <source>(announced)</source>
            <translation>(aangekondigd)</translation>
        </message>
        <message>
            <source>Assumptions behind the estimates</source>
            <translation>Aannames achter de schattingen</translation>
        </message>
        <message>
            <source>Ranked sites per zone</source>
            <translation>Gerangschikte locaties per zone</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Advies</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>kWh/day</source>
            <translation>kWh/dag</translation>
        </message>
        <message>
            <source>Nearest fast / truck charging (m)</source>
            <translation>Dichtstbijzijnde snelladen / vrachtwagenladen (m)</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Redenen</translation>
        </message>
        <message>
            <source>{count} more sites in the output layer</source>
            <translation>nog {count} locaties in de uitvoerlaag</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Gegevens</translation>
        </message>
        <message>
            <source>'{code}' is not a municipality of Noord-Brabant or Limburg</source>
            <translation>'{code}' is geen gemeente in Noord-Brabant of Limburg</translation>
        </message>
        <message>
            <source>The emission-zone feed has no zero-emission zone (N1-N3) in {name}. Zones for city logistics exist in: {names}. Load a newer feed when the municipality has published one.</source>
            <translation>De emissiezonefeed heeft geen zero-emissiezone (N1-N3) in {name}. Zones voor stadslogistiek zijn er in: {names}. Laad een nieuwere feed zodra de gemeente er een heeft gepubliceerd.</translation>
        </message>
        <message>
            <source>logistics site {row}</source>
            <translation>logistieke locatie {row}</translation>
        </message>
        <message>
            <source>search area {number}</source>
            <translation>zoekgebied {number}</translation>
        </message>
        <message>
            <source>{type}: {points} charge points, {kwh} kWh/day</source>
            <translation>{type}: {points} laadpunten, {kwh} kWh/dag</translation>
        </message>
        <message>
            <source>{type}: reserve site (no demand allocated)</source>
            <translation>{type}: reservelocatie (geen vraag toegedeeld)</translation>
        </message>
        <message>
            <source>Zone {name} is announced: it applies from {date}</source>
            <translation>Zone {name} is aangekondigd: die geldt vanaf {date}</translation>
        </message>
        <message>
            <source>from input layer {name}</source>
            <translation>uit invoerlaag {name}</translation>
        </message>
        <message>
            <source>No feature of the logistics layer lies within {distance} m of the zero-emission zone.</source>
            <translation>Geen object uit de logistieke laag ligt binnen {distance} m van de zero-emissiezone.</translation>
        </message>
        <message>
            <source>No layer of business parks, depots or hubs given: search cell of {cell} m, not checked against business parks; depots need that layer</source>
            <translation>Geen laag met bedrijventerreinen, depots of hubs opgegeven: zoekgebied van {cell} m, niet getoetst aan bedrijventerreinen; depots vragen die laag</translation>
        </message>
        <message>
            <source>fallback: search cells (no logistics layer)</source>
            <translation>terugvaloptie: zoekgebieden (geen logistieke laag)</translation>
        </message>
        <message>
            <source>measured: {share} % of {count} points above {threshold} % peak occupancy</source>
            <translation>gemeten: {share} % van {count} laadpunten boven {threshold} % piekbezetting</translation>
        </message>
        <message>
            <source>not measured (no session indicators in or near the zone): {count} public locations near</source>
            <translation>niet gemeten (geen laadsessie-indicatoren in of nabij de zone): {count} publieke locaties nabij</translation>
        </message>
        <message>
            <source>ZES charging sites (proposed)</source>
            <translation>ZES-laadlocaties (voorgesteld)</translation>
        </message>
        <message>
            <source>Zero-emission zone city logistics (ZES)</source>
            <translation>Zero-emissiezone stadslogistiek (ZES)</translation>
        </message>
        <message>
            <source>ZES: NDW emission zones (DATEX II) and RAL Zuid ZES analysis</source>
            <translation>ZES: NDW-emissiezones (DATEX II) en RAL Zuid ZES-analyse</translation>
        </message>
        <message>
            <source>Designate ZES charging sites</source>
            <translation>ZES-laadlocaties aanwijzen</translation>
        </message>
        <message>
            <source>Emission-zone feed, DATEX II XML or .xml.gz (empty = bundled NDW feed of 7 July 2025)</source>
            <translation>Emissiezonefeed, DATEX II-XML of .xml.gz (leeg = meegeleverde NDW-feed van 7 juli 2025)</translation>
        </message>
        <message>
            <source>DATEX II (*.xml *.xml.gz *.gz)</source>
            <translation>DATEX II (*.xml *.xml.gz *.gz)</translation>
        </message>
        <message>
            <source>Rule file (empty = bundled ZES rules)</source>
            <translation>Regelbestand (leeg = meegeleverde ZES-regels)</translation>
        </message>
        <message>
            <source>Assumptions file (empty = bundled ZES assumptions)</source>
            <translation>Aannamebestand (leeg = meegeleverde ZES-aannames)</translation>
        </message>
        <message>
            <source>Business parks, depots, city hubs and logistics firms (points or polygons)</source>
            <translation>Bedrijventerreinen, depots, stadshubs en logistieke bedrijven (punten of vlakken)</translation>
        </message>
        <message>
            <source>Type field of that layer (bedrijventerrein, depot, hub, ...)</source>
            <translation>Typeveld van die laag (bedrijventerrein, depot, hub, ...)</translation>
        </message>
        <message>
            <source>ZES charging sites (ranked)</source>
            <translation>ZES-laadlocaties (gerangschikt)</translation>
        </message>
        <message>
            <source>Zero-emission zones with demand and gap</source>
            <translation>Zero-emissiezones met vraag en gat</translation>
        </message>
        <message>
            <source>HTML report</source>
            <translation>HTML-rapport</translation>
        </message>
        <message>
            <source>{count} zones read, {ze} of them zero-emission zones for city logistics (N1-N3)</source>
            <translation>{count} zones gelezen, waarvan {ze} zero-emissiezones voor stadslogistiek (N1-N3)</translation>
        </message>
        <message>
            <source>logistics layer</source>
            <translation>logistieke laag</translation>
        </message>
        <message>
            <source>the logistics layer has no features</source>
            <translation>de logistieke laag heeft geen objecten</translation>
        </message>
        <message>
            <source>the layer needs a field 'bezetting_pct' or 'piekbezetting_pct' (output of Session indicators)</source>
            <translation>de laag heeft een veld 'bezetting_pct' of 'piekbezetting_pct' nodig (uitvoer van Laadsessie-indicatoren (NAL))</translation>
        </message>
        <message>
            <source>{zone}: {count} sites; best: {best}</source>
            <translation>{zone}: {count} locaties; beste: {best}</translation>
        </message>
        <message>
            <source>ZES charging sites (output of Designate ZES charging sites)</source>
            <translation>ZES-laadlocaties (uitvoer van ZES-laadlocaties aanwijzen)</translation>
        </message>
        <message>
            <source>Zero-emission zones (output of the same)</source>
            <translation>Zero-emissiezones (uitvoer van hetzelfde algoritme)</translation>
        </message>
        <message>
            <source>no end time</source>
            <translation>geen eindtijd</translation>
        </message>
        <message>
            <source>the columns {columns} are named UTC but read as local time ({zone}), as in the ElaadNL export; set Time zone (TIME_ZONE) to UTC if their times are UTC</source>
            <translation>de kolommen {columns} heten UTC maar zijn gelezen als lokale tijd ({zone}), zoals in de ElaadNL-export; zet Tijdzone (TIME_ZONE) op UTC als hun tijden UTC zijn</translation>
        </message>
        <message>
            <source>column '{column}' has its own: decimal '{decimal}', thousands {thousands}</source>
            <translation>kolom '{column}' heeft eigen tekens: decimaal '{decimal}', duizendtallen {thousands}</translation>
        </message>
        <message>
            <source>straight-line distance; no road network given</source>
            <translation>hemelsbrede afstand; geen wegennet opgegeven</translation>
        </message>
        <message>
            <source>driving distance over the road network</source>
            <translation>rijafstand over het wegennet</translation>
        </message>
        <message>
            <source>straight-line distance; no connected road within {snap} m</source>
            <translation>hemelsbrede afstand; geen verbonden weg binnen {snap} m</translation>
        </message>
        <message>
            <source>Proposal areas: RAL Zuid charging pressure analysis; counts are an indication, not exact targets</source>
            <translation>Voorstelgebieden: laaddrukanalyse RAL Zuid; aantallen zijn een indicatie, geen exacte streefgetallen</translation>
        </message>
        <message>
            <source>Points: an indication, not an exact target (regional plan).</source>
            <translation>Laadpunten: een indicatie, geen exact streefgetal (regionaal plan).</translation>
        </message>
        <message>
            <source>the table needs a field 'gemeentecode'</source>
            <translation>de tabel heeft een veld 'gemeentecode' nodig</translation>
        </message>
        <message>
            <source>the table needs a field 'aandeel_prive' or 'ev_geregistreerd' (with 'peiljaar')</source>
            <translation>de tabel heeft een veld 'aandeel_prive' of 'ev_geregistreerd' (met 'peiljaar') nodig</translation>
        </message>
        <message>
            <source>'ev_geregistreerd' needs the field 'peiljaar'</source>
            <translation>'ev_geregistreerd' heeft het veld 'peiljaar' nodig</translation>
        </message>
        <message>
            <source>{code} is not a municipality of Noord-Brabant or Limburg</source>
            <translation>{code} is geen gemeente in Noord-Brabant of Limburg</translation>
        </message>
        <message>
            <source>{code} appears more than once</source>
            <translation>{code} komt meer dan eens voor</translation>
        </message>
        <message>
            <source>the number of registered electric cars {value} is negative</source>
            <translation>het aantal geregistreerde elektrische auto's {value} is negatief</translation>
        </message>
        <message>
            <source>the year of the registered count must be a whole year from {first} to {last}</source>
            <translation>het peiljaar van het geregistreerde aantal moet een heel jaar van {first} tot en met {last} zijn</translation>
        </message>
        <message>
            <source>Unknown base '{base}'.</source>
            <translation>Onbekende basis '{base}'.</translation>
        </message>
        <message>
            <source>Unknown interpolation '{name}'.</source>
            <translation>Onbekende interpolatie '{name}'.</translation>
        </message>
        <message>
            <source>Unknown private-share mode '{name}'.</source>
            <translation>Onbekende keuze voor het aandeel privaat laden '{name}'.</translation>
        </message>
        <message>
            <source>all electric cars (plan RAL Zuid §2.3)</source>
            <translation>alle elektrische auto's (plan RAL Zuid §2.3)</translation>
        </message>
        <message>
            <source>electric cars without private charging</source>
            <translation>elektrische auto's zonder eigen laadpunt</translation>
        </message>
        <message>
            <source>private-charging share by CBS stedelijkheid {table} (assumption)</source>
            <translation>aandeel privaat laden naar CBS-stedelijkheid {table} (aanname)</translation>
        </message>
        <message>
            <source>geometric growth between the plan years</source>
            <translation>geometrische groei tussen de planjaren</translation>
        </message>
        <message>
            <source>linear interpolation between the plan years</source>
            <translation>lineaire interpolatie tussen de planjaren</translation>
        </message>
        <message>
            <source>{count} gemeente(n) start from their registered electric cars.</source>
            <translation>{count} gemeente(n) gaan uit van hun geregistreerde elektrische auto's.</translation>
        </message>
        <message>
            <source>separate list: measured</source>
            <translation>aparte lijst: gemeten</translation>
        </message>
        <message>
            <source>separate list: prognosis</source>
            <translation>aparte lijst: prognose</translation>
        </message>
        <message>
            <source>one list: measured shortage first, then prognosis</source>
            <translation>één lijst: gemeten tekort eerst, daarna prognose</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Rangorde</translation>
        </message>
        <message>
            <source>One list: measured shortage first (laadzekerheid today), then the prognosis</source>
            <translation>Eén lijst: gemeten tekort eerst (laadzekerheid nu), daarna de prognose</translation>
        </message>
        <message>
            <source>Separate lists: measured and prognosis each ranked from 1</source>
            <translation>Aparte lijsten: gemeten en prognose elk vanaf 1 gerangschikt</translation>
        </message>
        <message>
            <source>Ranking: measured shortage first, then the prognosis, in one list (field 'lijst').</source>
            <translation>Rangorde: gemeten tekort eerst, daarna de prognose, in één lijst (veld 'lijst').</translation>
        </message>
        <message>
            <source>Ranking: separate lists; 'rang' restarts at 1 for the prognosis (fields 'bron' and 'lijst').</source>
            <translation>Rangorde: aparte lijsten; 'rang' begint voor de prognose weer bij 1 (velden 'bron' en 'lijst').</translation>
        </message>
        <message>
            <source>Year (2020-2030; between the plan years 2020, 2025 and 2030 on the growth curve)</source>
            <translation>Jaar (2020-2030; tussen de planjaren 2020, 2025 en 2030 op de groeicurve)</translation>
        </message>
        <message>
            <source>Base of the 1:5 ratio</source>
            <translation>Basis van de verhouding 1:5</translation>
        </message>
        <message>
            <source>All electric cars (plan RAL Zuid §2.3)</source>
            <translation>Alle elektrische auto's (plan RAL Zuid §2.3)</translation>
        </message>
        <message>
            <source>Only electric cars without private charging (older method)</source>
            <translation>Alleen elektrische auto's zonder eigen laadpunt (oudere methode)</translation>
        </message>
        <message>
            <source>Between the plan years</source>
            <translation>Tussen de planjaren</translation>
        </message>
        <message>
            <source>Geometric growth (constant growth factor)</source>
            <translation>Geometrische groei (vaste groeifactor)</translation>
        </message>
        <message>
            <source>Linear</source>
            <translation>Lineair</translation>
        </message>
        <message>
            <source>Private-charging share (ladder van laden) per gemeente</source>
            <translation>Aandeel privaat laden (ladder van laden) per gemeente</translation>
        </message>
        <message>
            <source>By CBS stedelijkheid (assumption, see help)</source>
            <translation>Naar CBS-stedelijkheid (aanname, zie help)</translation>
        </message>
        <message>
            <source>One share for every gemeente</source>
            <translation>Eén aandeel voor elke gemeente</translation>
        </message>
        <message>
            <source>Private-charging share for stedelijkheid 1;2;3;4;5 (very strongly urban ... not urban)</source>
            <translation>Aandeel privaat laden voor stedelijkheid 1;2;3;4;5 (zeer sterk stedelijk ... niet stedelijk)</translation>
        </message>
        <message>
            <source>Private-charging share for every gemeente (0-1; when not by stedelijkheid)</source>
            <translation>Aandeel privaat laden voor elke gemeente (0-1; als het niet naar stedelijkheid gaat)</translation>
        </message>
        <message>
            <source>Private-charging share per area (field, 0-1; empty = the gemeente's share)</source>
            <translation>Aandeel privaat laden per gebied (veld, 0-1; leeg = het aandeel van de gemeente)</translation>
        </message>
        <message>
            <source>Electric cars per fast-charging point (assumption)</source>
            <translation>Elektrische auto's per snellaadpunt (aanname)</translation>
        </message>
        <message>
            <source>Share of electric vans charging at semi-public points (plan: about half)</source>
            <translation>Aandeel elektrische bestelbussen dat semipubliek laadt (plan: ongeveer de helft)</translation>
        </message>
        <message>
            <source>Power per fast-charging point (kW)</source>
            <translation>Vermogen per snellaadpunt (kW)</translation>
        </message>
        <message>
            <source>Simultaneity at the evening peak (0-1, assumption)</source>
            <translation>Gelijktijdigheid in de avondpiek (0-1, aanname)</translation>
        </message>
        <message>
            <source>Yearly load factor (energy / (power x 8,760 h), 0-1, assumption)</source>
            <translation>Benuttingsgraad per jaar (energie / (vermogen x 8.760 u), 0-1, aanname)</translation>
        </message>
        <message>
            <source>Existing charge points: the gemeente's own list of public points (empty = bundled NDW locations)</source>
            <translation>Bestaande laadpunten: de eigen lijst van publieke punten van de gemeente (leeg = meegeleverde NDW-locaties)</translation>
        </message>
        <message>
            <source>Laadpunten (EVSEs) per existing location (field; empty = a field named evses or laadpunten, else the number below)</source>
            <translation>Laadpunten (EVSE's) per bestaande locatie (veld; leeg = een veld met de naam evses of laadpunten, anders het getal hieronder)</translation>
        </message>
        <message>
            <source>NAL 500 m rule: count points of unknown access as public (the bundled NDW data has no access flag)</source>
            <translation>NAL-regel 500 m: punten met onbekende toegang tellen als publiek (de meegeleverde NDW-data heeft geen toegangsveld)</translation>
        </message>
        <message>
            <source>Prognosis per gemeente (types of points, gap and grid demand; indication)</source>
            <translation>Prognose per gemeente (typen laadpunten, tekort en netvraag; indicatie)</translation>
        </message>
        <message>
            <source>Prognosis per gemeente {year} (indication)</source>
            <translation>Prognose per gemeente {year} (indicatie)</translation>
        </message>
        <message>
            <source>The private-charging shares by stedelijkheid must be 5 fractions from 0 to 1 separated by ';' (e.g. 0.3;0.4;0.5;0.6;0.7), not '{text}'.</source>
            <translation>De aandelen privaat laden naar stedelijkheid moeten 5 fracties van 0 tot 1 zijn, gescheiden door ';' (bijv. 0,3;0,4;0,5;0,6;0,7), niet '{text}'.</translation>
        </message>
        <message>
            <source>Existing charge points: {source}</source>
            <translation>Bestaande laadpunten: {source}</translation>
        </message>
        <message>
            <source>in session id order, {w} sessions go back in time as written, {s} with day and month swapped</source>
            <translation>in volgorde van sessie-id gaan zoals geschreven {w} sessies terug in de tijd, met dag en maand verwisseld {s}</translation>
        </message>
        <message>
            <source>{w} sessions start outside the month in the file name as written, {s} with day and month swapped</source>
            <translation>zoals geschreven beginnen {w} sessies buiten de maand in de bestandsnaam, met dag en maand verwisseld {s}</translation>
        </message>
        <message>
            <source>the column holds times without a date ('{value}'); if another column holds the date, name both in the column mapping parameter (e.g. start_date=Datum;start_time={column})</source>
            <translation>de kolom bevat tijden zonder datum ('{value}'); staat de datum in een andere kolom, noem ze dan allebei in de parameter kolomtoewijzing (bv. start_date=Datum;start_time={column})</translation>
        </message>
        <message>
            <source>CBS wijken en buurten (buurten)</source>
            <translation>CBS wijken en buurten (buurten)</translation>
        </message>
        <message>
            <source>CBS vierkantstatistieken 500 m</source>
            <translation>CBS-vierkantstatistieken 500 m</translation>
        </message>
        <message>
            <source>CBS vierkantstatistieken 100 m</source>
            <translation>CBS-vierkantstatistieken 100 m</translation>
        </message>
        <message>
            <source>No municipality chosen.</source>
            <translation>Geen gemeente gekozen.</translation>
        </message>
        <message>
            <source>{label}: the service sent the same next page {url} twice; stopped to avoid an endless loop.</source>
            <translation>{label}: de dienst stuurde dezelfde volgende pagina {url} twee keer; gestopt om een eindeloze lus te voorkomen.</translation>
        </message>
        <message>
            <source>{label}: more than {pages} pages; stopped.</source>
            <translation>{label}: meer dan {pages} pagina's; gestopt.</translation>
        </message>
        <message>
            <source>{label}: the answer of {url} is not a GeoJSON FeatureCollection.</source>
            <translation>{label}: het antwoord van {url} is geen GeoJSON-FeatureCollection.</translation>
        </message>
        <message>
            <source>{label}: the service announced {matched} features but sent {count}; the download is incomplete.</source>
            <translation>{label}: de dienst meldde {matched} objecten maar stuurde er {count}; de download is onvolledig.</translation>
        </message>
        <message>
            <source>{label}: no answer from the service ({reason}); try {attempt} of {tries}.</source>
            <translation>{label}: geen antwoord van de dienst ({reason}); poging {attempt} van {tries}.</translation>
        </message>
        <message>
            <source>{label}: the service {url} did not answer in time.</source>
            <translation>{label}: de dienst {url} antwoordde niet op tijd.</translation>
        </message>
        <message>
            <source>{label}: could not reach {url} ({reason}).</source>
            <translation>{label}: {url} is niet bereikbaar ({reason}).</translation>
        </message>
        <message>
            <source>{label}: the service is busy (HTTP {status}) and asks to wait {seconds:.0f} s; try later.</source>
            <translation>{label}: de dienst is druk (HTTP {status}) en vraagt {seconds:.0f} s te wachten; probeer het later.</translation>
        </message>
        <message>
            <source>{label}: the service answered HTTP {status}; waiting {seconds:.0f} s before try {attempt}.</source>
            <translation>{label}: de dienst antwoordde HTTP {status}; {seconds:.0f} s wachten voor poging {attempt}.</translation>
        </message>
        <message>
            <source>{label}: the service answered HTTP {status} for {url}: {reason}</source>
            <translation>{label}: de dienst antwoordde HTTP {status} op {url}: {reason}</translation>
        </message>
        <message>
            <source>{label}: asked for coordinates in {wanted} but the service sent {got}.</source>
            <translation>{label}: coördinaten gevraagd in {wanted}, maar de dienst stuurde {got}.</translation>
        </message>
        <message>
            <source>{label}: the answer of {url} is not readable JSON.</source>
            <translation>{label}: het antwoord van {url} is geen leesbare JSON.</translation>
        </message>
        <message>
            <source>{label}: using the download of {date} from the cache ({count} features).</source>
            <translation>{label}: de download van {date} uit de cache wordt gebruikt ({count} objecten).</translation>
        </message>
        <message>
            <source>{label}: reading {url}</source>
            <translation>{label}: {url} wordt gelezen</translation>
        </message>
        <message>
            <source>{reason} Using the older download of {date} from the cache instead.</source>
            <translation>{reason} In plaats daarvan wordt de oudere download van {date} uit de cache gebruikt.</translation>
        </message>
        <message>
            <source>{label}: {count} features in {pages} page(s) downloaded.</source>
            <translation>{label}: {count} objecten in {pages} pagina('s) gedownload.</translation>
        </message>
        <message>
            <source>Fetch open data</source>
            <translation>Open data ophalen</translation>
        </message>
        <message>
            <source>CBS buurten with households, inhabitants and address density</source>
            <translation>CBS-buurten met huishoudens, inwoners en adressendichtheid</translation>
        </message>
        <message>
            <source>CBS squares with households and inhabitants</source>
            <translation>CBS-vierkanten met huishoudens en inwoners</translation>
        </message>
        <message>
            <source>500 m</source>
            <translation>500 m</translation>
        </message>
        <message>
            <source>100 m</source>
            <translation>100 m</translation>
        </message>
        <message>
            <source>Edition (year) of CBS wijken en buurten</source>
            <translation>Editie (jaar) van CBS wijken en buurten</translation>
        </message>
        <message>
            <source>Use a cached download younger than this many days (0 = always fetch anew)</source>
            <translation>Download uit de cache gebruiken als die jonger is dan dit aantal dagen (0 = altijd opnieuw ophalen)</translation>
        </message>
        <message>
            <source>Time-out per request (seconds)</source>
            <translation>Time-out per verzoek (seconden)</translation>
        </message>
        <message>
            <source>Service URL of wijken en buurten (empty = PDOK, the chosen edition)</source>
            <translation>URL van de dienst wijken en buurten (leeg = PDOK, de gekozen editie)</translation>
        </message>
        <message>
            <source>Service URL of the vierkantstatistieken (empty = PDOK)</source>
            <translation>URL van de dienst vierkantstatistieken (leeg = PDOK)</translation>
        </message>
        <message>
            <source>Cache folder (empty = the QGIS profile)</source>
            <translation>Cachemap (leeg = het QGIS-profiel)</translation>
        </message>
        <message>
            <source>CBS buurten</source>
            <translation>CBS-buurten</translation>
        </message>
        <message>
            <source>CBS squares</source>
            <translation>CBS-vierkanten</translation>
        </message>
        <message>
            <source>What could not be fetched</source>
            <translation>Wat niet opgehaald kon worden</translation>
        </message>
        <message>
            <source>Sources and licences</source>
            <translation>Bronnen en licenties</translation>
        </message>
        <message>
            <source>Choose at least one dataset to fetch.</source>
            <translation>Kies ten minste één dataset om op te halen.</translation>
        </message>
        <message>
            <source>the region ({count} municipalities)</source>
            <translation>de regio ({count} gemeenten)</translation>
        </message>
        <message>
            <source>Fetching open data for {place}.</source>
            <translation>Open data ophalen voor {place}.</translation>
        </message>
        <message>
            <source>Not fetched: {reason}</source>
            <translation>Niet opgehaald: {reason}</translation>
        </message>
        <message>
            <source>{label}: {count} value(s) are kept secret or unknown by CBS (negative codes); they are empty (NULL) in the output and count as 0 households in the prognosis.</source>
            <translation>{label}: {count} waarde(n) houdt het CBS geheim of zijn onbekend (negatieve codes); ze zijn leeg (NULL) in de uitvoer en tellen als 0 huishoudens in de prognose.</translation>
        </message>
        <message>
            <source>{label}: {count} feature(s) without a readable geometry were left out.</source>
            <translation>{label}: {count} object(en) zonder leesbare geometrie weggelaten.</translation>
        </message>
        <message>
            <source>{label}: {count} areas, {households:.0f} households, {inhabitants:.0f} inhabitants.</source>
            <translation>{label}: {count} gebieden, {households:.0f} huishoudens, {inhabitants:.0f} inwoners.</translation>
        </message>
        <message>
            <source>{attribution}, downloaded {date}</source>
            <translation>{attribution}, gedownload op {date}</translation>
        </message>
        <message>
            <source>Nothing could be fetched and nothing was cached: {reasons}</source>
            <translation>Niets kon worden opgehaald en niets stond in de cache: {reasons}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Bron: {source}</translation>
        </message>
        <message>
            <source>NDW charging points (OCPI)</source>
            <translation>NDW-laadpunten (OCPI)</translation>
        </message>
        <message>
            <source>{label}: the OCPI service answered status {status}: {reason}</source>
            <translation>{label}: de OCPI-dienst antwoordde met status {status}: {reason}</translation>
        </message>
        <message>
            <source>{label}: the answer of {url} is not a list of OCPI locations.</source>
            <translation>{label}: het antwoord van {url} is geen lijst van OCPI-locaties.</translation>
        </message>
        <message>
            <source>URL of the NDW charging-point feed (empty = NDW open data)</source>
            <translation>URL van de NDW-laadpuntenfeed (leeg = NDW open data)</translation>
        </message>
        <message>
            <source>NDW charging points</source>
            <translation>NDW-laadpunten</translation>
        </message>
        <message>
            <source>EVSE id, then charge point or location id</source>
            <translation>EVSE-id, dan laadpaal- of locatie-id</translation>
        </message>
        <message>
            <source>EVSE id</source>
            <translation>EVSE-id</translation>
        </message>
        <message>
            <source>charge point id</source>
            <translation>laadpaal-id</translation>
        </message>
        <message>
            <source>location id</source>
            <translation>locatie-id</translation>
        </message>
        <message>
            <source>unknown locations key '{key}'</source>
            <translation>onbekende koppelsleutel voor locaties '{key}'</translation>
        </message>
        <message>
            <source>(no ids)</source>
            <translation>(geen id's)</translation>
        </message>
        <message>
            <source>none of the {total} EVSEs in the sessions matches the field '{field}' of the locations layer (compared on: {key}). EVSE ids in the sessions look like {ours}; the field holds values like {theirs}. Choose the field that holds these ids, or another key (parameter LOCATIONS_KEY).</source>
            <translation>geen van de {total} EVSE's in de sessies komt overeen met het veld '{field}' van de locatielaag (vergeleken op: {key}). EVSE-id's in de sessies zien eruit als {ours}; het veld bevat waarden als {theirs}. Kies het veld met deze id's, of een andere sleutel (parameter LOCATIONS_KEY).</translation>
        </message>
        <message>
            <source>No charge point could be located: the locations layer {layer} matched no EVSE with a usable point; check its field '{field}' and the locations key.</source>
            <translation>Geen enkel laadpunt kon worden geplaatst: de locatielaag {layer} koppelde geen EVSE aan een bruikbaar punt; controleer het veld '{field}' en de koppelsleutel.</translation>
        </message>
        <message>
            <source>Excluded month {month} is not in the period; ignored.</source>
            <translation>Weggelaten maand {month} ligt niet in de periode; genegeerd.</translation>
        </message>
        <message>
            <source>Months left out of the period: {months} ({days} days remain).</source>
            <translation>Maanden weggelaten uit de periode: {months} (er blijven {days} dagen over).</translation>
        </message>
        <message>
            <source>Every month of the period is excluded; nothing is left to compute.</source>
            <translation>Elke maand van de periode is weggelaten; er valt niets te berekenen.</translation>
        </message>
        <message>
            <source>EVSEs matched to the locations layer</source>
            <translation>EVSE's gekoppeld aan de locatielaag</translation>
        </message>
        <message>
            <source>Months with almost no sessions between busier months (data gap)</source>
            <translation>Maanden met bijna geen sessies tussen drukkere maanden (gat in de data)</translation>
        </message>
        <message>
            <source>energy excluded (not in kWh or kWh per session); the session and its connected time still count</source>
            <translation>energie uitgesloten (niet in kWh en kWh per sessie); de sessie en haar aansluittijd tellen mee</translation>
        </message>
        <message>
            <source>matched {matched} of {total} EVSEs on field '{field}' of {layer}: {evse} on the EVSE id, {chargepoint} on the charge point or location id, {normalised} of them after normalising the id form; unmatched EVSEs are placed from other sources or excluded as unlocated</source>
            <translation>{matched} van {total} EVSE's gekoppeld op veld '{field}' van {layer}: {evse} op het EVSE-id, {chargepoint} op het laadpaal- of locatie-id, waarvan {normalised} na het gelijktrekken van de schrijfwijze; niet gekoppelde EVSE's worden uit andere bronnen geplaatst of als niet te plaatsen uitgesloten</translation>
        </message>
        <message>
            <source>{months}: fewer sessions per day than {pct} % of the median month's; occupancy there would read as an empty street. Check the data, or leave these months out (parameters EXCLUDE_DATA_GAPS or EXCLUDED_MONTHS)</source>
            <translation>{months}: minder sessies per dag dan {pct} % van de mediane maand; de bezetting zou daar als een lege straat lezen. Controleer de data of laat deze maanden weg (parameters EXCLUDE_DATA_GAPS of EXCLUDED_MONTHS)</translation>
        </message>
        <message>
            <source>{title}: only the energy is excluded, the connected time counts</source>
            <translation>{title}: alleen de energie is uitgesloten, de aansluittijd telt mee</translation>
        </message>
        <message>
            <source>The share of days above the peak threshold must be between 0 and 100 %.</source>
            <translation>Het aandeel dagen boven de piekdrempel moet tussen 0 en 100 % liggen.</translation>
        </message>
        <message>
            <source>The data gap fraction must be between 0 and 1.</source>
            <translation>De drempel voor gaten in de data moet tussen 0 en 1 liggen.</translation>
        </message>
        <message>
            <source>The low-usage threshold must be between 0 and 100 % and the number of months at least 1.</source>
            <translation>De drempel voor laag gebruik moet tussen 0 en 100 % liggen en het aantal maanden minstens 1 zijn.</translation>
        </message>
        <message>
            <source>Excluded months: '{value}' is not a month; write it as yyyy-mm, e.g. 2024-03</source>
            <translation>Weggelaten maanden: '{value}' is geen maand; schrijf jjjj-mm, bijvoorbeeld 2024-03</translation>
        </message>
        <message>
            <source>The id field of the locations layer holds</source>
            <translation>Het id-veld van de locatielaag bevat</translation>
        </message>
        <message>
            <source>A point is often full when its peak is above the threshold on more than this share of days (%)</source>
            <translation>Een laadpunt is vaak vol als de piek boven de drempel ligt op meer dan dit aandeel van de dagen (%)</translation>
        </message>
        <message>
            <source>Leave detected data gaps out of the period</source>
            <translation>Gevonden gaten in de data uit de periode weglaten</translation>
        </message>
        <message>
            <source>Low usage: monthly occupancy under (%)</source>
            <translation>Laag gebruik: bezettingsgraad per maand onder (%)</translation>
        </message>
        <message>
            <source>Low usage: for at least this many consecutive months</source>
            <translation>Laag gebruik: gedurende minstens zoveel opeenvolgende maanden</translation>
        </message>
        <message>
            <source>Daily indicators per EVSE (large: one row per EVSE per day)</source>
            <translation>Indicatoren per EVSE per dag (groot: één rij per EVSE per dag)</translation>
        </message>
        <message>
            <source>Charge points with low usage (risk cover)</source>
            <translation>Laadpunten met laag gebruik (risicodekking)</translation>
        </message>
        <message>
            <source>Charge points: low usage</source>
            <translation>Laadpunten: laag gebruik</translation>
        </message>
        <message>
            <source>Local time or UTC</source>
            <translation>Lokale tijd of UTC</translation>
        </message>
        <message>
            <source>read as stated per file; rows = sessions across a daylight-saving change or in its skipped hour</source>
            <translation>gelezen zoals per bestand vermeld; aantal = sessies over een zomer-/wintertijdwissel of in het overgeslagen uur</translation>
        </message>
        <message>
            <source>times read as UTC, not as local time ({zone}): {evidence}</source>
            <translation>tijden gelezen als UTC, niet als lokale tijd ({zone}): {evidence}</translation>
        </message>
        <message>
            <source>times read as local time ({zone}), not as UTC: {evidence}</source>
            <translation>tijden gelezen als lokale tijd ({zone}), niet als UTC: {evidence}</translation>
        </message>
        <message>
            <source>the sessions do not show whether the times are local time ({zone}) or UTC ({evidence}); read as local time; set Time zone (TIME_ZONE) to UTC if their times are UTC</source>
            <translation>de sessies laten niet zien of de tijden lokale tijd ({zone}) of UTC zijn ({evidence}); gelezen als lokale tijd; zet Tijdzone (TIME_ZONE) op UTC als hun tijden UTC zijn</translation>
        </message>
        <message>
            <source>{n} sessions cross a daylight-saving change: in {local} stop - start differs from '{column}' by the clock change ({spring} spring +1 h, {autumn} autumn -1 h), as in local time; in {utc} it equals '{column}', as in UTC; {neither} fit neither</source>
            <translation>{n} sessies lopen over een zomer-/wintertijdwissel: bij {local} verschilt eind - start van '{column}' met de klokwissel ({spring} voorjaar +1 u, {autumn} najaar -1 u), zoals bij lokale tijd; bij {utc} is het gelijk aan '{column}', zoals bij UTC; {neither} passen bij geen van beide</translation>
        </message>
        <message>
            <source>'{column}' equals stop - start in only {agree} of {plain} other sessions, so it is not used as evidence</source>
            <translation>'{column}' is bij maar {agree} van {plain} andere sessies gelijk aan eind - start en telt dus niet als bewijs</translation>
        </message>
        <message>
            <source>{n} start or stop times fall in the skipped spring hour, which no local clock shows</source>
            <translation>{n} start- of eindtijden vallen in het overgeslagen voorjaarsuur, dat geen lokale klok aanwijst</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> en nog {count}</translation>
        </message>
        <message>
            <source>the candidate id is empty in {count} row(s): {rows}; give every candidate an id</source>
            <translation>de kandidaat-id is leeg in {count} rij(en): {rows}; geef elke kandidaat een id</translation>
        </message>
        <message>
            <source>none of the {count} candidates lies in Noord-Brabant or Limburg: the layer's coordinate reference system ({crs}) is probably wrong (for example degrees labelled as RD New metres, or the reverse); set the right CRS on the layer and run again</source>
            <translation>geen van de {count} kandidaten ligt in Noord-Brabant of Limburg: het coördinatenstelsel van de laag ({crs}) is waarschijnlijk verkeerd (bijvoorbeeld graden die als RD New-meters zijn aangemerkt, of andersom); stel het juiste CRS in op de laag en voer de toets opnieuw uit</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <source>Lies in gemeente</source>
            <translation>Ligt in gemeente</translation>
        </message>
        <message>
            <source>outside Noord-Brabant and Limburg</source>
            <translation>buiten Noord-Brabant en Limburg</translation>
        </message>
        <message>
            <source>What is needed to become positive</source>
            <translation>Wat is nodig om positief te worden</translation>
        </message>
        <message>
            <source>Assessment per criterion</source>
            <translation>Beoordeling per criterium</translation>
        </message>
        <message>
            <source>Criteria in detail</source>
            <translation>Criteria in detail</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Wijzigingen</translation>
        </message>
        <message>
            <source>the referral '{code}' is not defined under advice.referrals</source>
            <translation>de verwijzing '{code}' staat niet onder advice.referrals</translation>
        </message>
        <message>
            <source>'multiply_field' only fits a numeric attribute criterion</source>
            <translation>'multiply_field' past alleen bij een numeriek attribuutcriterium</translation>
        </message>
        <message>
            <source>outside the region</source>
            <translation>buiten regio</translation>
        </message>
        <message>
            <source>highest value of a field within</source>
            <translation>hoogste waarde van een veld binnen</translation>
        </message>
        <message>
            <source>{subject}: '{category}': {explanation}: {status}</source>
            <translation>{subject}: '{category}': {explanation}: {status}</translation>
        </message>
        <message>
            <source>{group}: {status} (threshold {threshold})</source>
            <translation>{group}: {status} (drempel {threshold})</translation>
        </message>
        <message>
            <source>{subject} at {value}; {groups}: {status}</source>
            <translation>{subject} op {value}; {groups}: {status}</translation>
        </message>
        <message>
            <source>{subject}: {value}; {groups}: {status}</source>
            <translation>{subject}: {value}; {groups}: {status}</translation>
        </message>
        <message>
            <source>{subject}: not weighed, {deciders} already decides this site</source>
            <translation>{subject}: niet gewogen, {deciders} beslist al over deze locatie</translation>
        </message>
        <message>
            <source>{subject}: not assessed, the site lies outside Noord-Brabant and Limburg</source>
            <translation>{subject}: niet beoordeeld, de locatie ligt buiten Noord-Brabant en Limburg</translation>
        </message>
        <message>
            <source>at least {value}</source>
            <translation>minstens {value}</translation>
        </message>
        <message>
            <source>more than {value}</source>
            <translation>meer dan {value}</translation>
        </message>
        <message>
            <source>at most {value}</source>
            <translation>hoogstens {value}</translation>
        </message>
        <message>
            <source>less than {value}</source>
            <translation>minder dan {value}</translation>
        </message>
        <message>
            <source>{goal} for {group}</source>
            <translation>{goal} voor {group}</translation>
        </message>
        <message>
            <source>a site outside the layer '{layer}'</source>
            <translation>een locatie buiten de laag '{layer}'</translation>
        </message>
        <message>
            <source>a site inside the layer '{layer}'</source>
            <translation>een locatie binnen de laag '{layer}'</translation>
        </message>
        <message>
            <source>a location type that meets ({types})</source>
            <translation>een locatietype dat voldoet ({types})</translation>
        </message>
        <message>
            <source>{subject}: fill in the candidate field '{field}'.</source>
            <translation>{subject}: vul het kandidaatveld '{field}' in.</translation>
        </message>
        <message>
            <source>{subject}: give the layer '{layer}' so it can be assessed.</source>
            <translation>{subject}: geef de laag '{layer}' op, zodat dit beoordeeld kan worden.</translation>
        </message>
        <message>
            <source>{subject}: needs {goal}.</source>
            <translation>{subject}: nodig is {goal}.</translation>
        </message>
        <message>
            <source>Outside the region: the site lies outside Noord-Brabant and Limburg and is not screened against the regional snellaadvisie.</source>
            <translation>Buiten regio: de locatie ligt buiten Noord-Brabant en Limburg en is niet getoetst aan de regionale snellaadvisie.</translation>
        </message>
        <message>
            <source>Check the location and the coordinate reference system of the layer; a site in another region belongs to that region's charging vision.</source>
            <translation>Controleer de ligging en het coördinatenstelsel van de laag; een locatie in een andere regio hoort bij de laadvisie van die regio.</translation>
        </message>
        <message>
            <source>{advice}: {explanation} (decided by: {criteria}).</source>
            <translation>{advice}: {explanation} (bepaald door: {criteria}).</translation>
        </message>
        <message>
            <source>Negative: the score is {score}, below {minimum}.</source>
            <translation>Negatief: de score is {score}, onder {minimum}.</translation>
        </message>
        <message>
            <source>not fully assessed: {criteria}</source>
            <translation>niet volledig beoordeeld: {criteria}</translation>
        </message>
        <message>
            <source>knock-out criterion only an attention point: {criteria}</source>
            <translation>knock-outcriterium alleen een aandachtspunt: {criteria}</translation>
        </message>
        <message>
            <source>does not meet: {criteria}</source>
            <translation>niet voldaan: {criteria}</translation>
        </message>
        <message>
            <source>nothing could be assessed</source>
            <translation>niets kon worden beoordeeld</translation>
        </message>
        <message>
            <source>score {score} below {minimum}</source>
            <translation>score {score} onder {minimum}</translation>
        </message>
        <message>
            <source>only {share} % of the weight assessed (at least {minimum} % needed)</source>
            <translation>slechts {share} % van het gewicht beoordeeld (minstens {minimum} % nodig)</translation>
        </message>
        <message>
            <source>Further study: {reasons}.</source>
            <translation>Nader onderzoek: {reasons}.</translation>
        </message>
        <message>
            <source>Cross-border site: lies in {where}, submitted by {gemeente} with confirmation</source>
            <translation>Grensoverschrijdende locatie: ligt in {where}, met bevestiging aangemeld door {gemeente}</translation>
        </message>
        <message>
            <source>lies in {where}, not in {gemeente}: submit it through the gemeente it lies in, or confirm it as a cross-border site (option 'Confirm cross-border sites' of 'Build submission package')</source>
            <translation>ligt in {where}, niet in {gemeente}: meld de locatie aan via de gemeente waarin zij ligt, of bevestig haar als grensoverschrijdende locatie (optie 'Grensoverschrijdende locaties bevestigen' van 'Aanmeldpakket maken')</translation>
        </message>
        <message>
            <source>Traffic volumes, motor vehicles per day (points or lines)</source>
            <translation>Verkeersintensiteiten, motorvoertuigen per etmaal (punten of lijnen)</translation>
        </message>
        <message>
            <source>Traffic volume field</source>
            <translation>Veld met de verkeersintensiteit</translation>
        </message>
        <message>
            <source>{count} candidate(s) lie outside Noord-Brabant and Limburg and were not screened (advice 'buiten regio'): {ids}; check their location and the layer's CRS</source>
            <translation>{count} kandidaat/kandidaten liggen buiten Noord-Brabant en Limburg en zijn niet getoetst (advies 'buiten regio'): {ids}; controleer hun ligging en het CRS van de laag</translation>
        </message>
        <message>
            <source>Referred: {count} x '{advice}'</source>
            <translation>Verwezen: {count} x '{advice}'</translation>
        </message>
        <message>
            <source>choose the field with the traffic volume (motor vehicles per day) of layer {name}</source>
            <translation>kies het veld met de verkeersintensiteit (motorvoertuigen per etmaal) van laag {name}</translation>
        </message>
        <message>
            <source>Confirm cross-border sites (candidates that lie outside the municipality)</source>
            <translation>Grensoverschrijdende locaties bevestigen (kandidaten die buiten de gemeente liggen)</translation>
        </message>
        <message>
            <source>Candidate {candidate} lies in {where}: submitted as a confirmed cross-border site</source>
            <translation>Kandidaat {candidate} ligt in {where}: aangemeld als bevestigde grensoverschrijdende locatie</translation>
        </message>
        <message>
            <source>the name is empty</source>
            <translation>de naam is leeg</translation>
        </message>
        <message>
            <source>the name contains the character {char!r}, which Windows does not allow</source>
            <translation>de naam bevat het teken {char!r}, dat Windows niet toestaat</translation>
        </message>
        <message>
            <source>the name ends in a dot or a space, which Windows removes</source>
            <translation>de naam eindigt op een punt of een spatie, die Windows weglaat</translation>
        </message>
        <message>
            <source>{name} is a device name on Windows</source>
            <translation>{name} is op Windows een apparaatnaam</translation>
        </message>
        <message>
            <source>the name is longer than {limit} characters</source>
            <translation>de naam is langer dan {limit} tekens</translation>
        </message>
        <message>
            <source>The output {name} cannot be written on Windows: {problem}.</source>
            <translation>De uitvoer {name} kan op Windows niet worden geschreven: {problem}.</translation>
        </message>
        <message>
            <source>The output path {path} is {length} characters long; Windows programs without long-path support (QGIS and GDAL among them) cannot open paths over {limit} characters. Choose a shorter folder or file name.</source>
            <translation>Het uitvoerpad {path} is {length} tekens lang; Windows-programma's zonder ondersteuning voor lange paden (waaronder QGIS en GDAL) kunnen geen paden van meer dan {limit} tekens openen. Kies een kortere map- of bestandsnaam.</translation>
        </message>
        <message>
            <source>The output '{name}' was not written.</source>
            <translation>De uitvoer '{name}' is niet geschreven.</translation>
        </message>
        <message>
            <source>points</source>
            <translation>punten</translation>
        </message>
        <message>
            <source>lines</source>
            <translation>lijnen</translation>
        </message>
        <message>
            <source>polygons</source>
            <translation>vlakken</translation>
        </message>
        <message>
            <source>the layer mixes geometry types ({held}); give a layer with {wanted} only</source>
            <translation>de laag mengt geometrietypen ({held}); geef een laag met alleen {wanted}</translation>
        </message>
        <message>
            <source>the layer holds {held}, not {wanted}</source>
            <translation>de laag bevat {held}, geen {wanted}</translation>
        </message>
        <message>
            <source>the coordinates (e.g. x {x:.0f}, y {y:.0f}) are not degrees, but the layer's CRS is {crs}. A GeoJSON without "crs" is WGS 84 by definition: set the layer's CRS (probably EPSG:28992, RD New) or save the file again with its CRS</source>
            <translation>de coördinaten (bijv. x {x:.0f}, y {y:.0f}) zijn geen graden, maar het CRS van de laag is {crs}. Een GeoJSON zonder "crs" is per definitie WGS 84: stel het CRS van de laag in (waarschijnlijk EPSG:28992, RD New) of sla het bestand opnieuw op met zijn CRS</translation>
        </message>
        <message>
            <source>The output {path} cannot be written: the folder {folder} does not accept new files ({error}).</source>
            <translation>De uitvoer {path} kan niet worden geschreven: de map {folder} accepteert geen nieuwe bestanden ({error}).</translation>
        </message>
        <message>
            <source>The finished output could not be moved onto {path}: {error}</source>
            <translation>De voltooide uitvoer kon niet naar {path} worden verplaatst: {error}</translation>
        </message>
        <message>
            <source>The service answered HTTP {status} (a temporary problem of the service).</source>
            <translation>De service antwoordde HTTP {status} (een tijdelijk probleem van de service).</translation>
        </message>
        <message>
            <source>The service {url} did not answer in time.</source>
            <translation>De service {url} antwoordde niet op tijd.</translation>
        </message>
        <message>
            <source>Could not reach {url} ({reason}).</source>
            <translation>{url} is niet bereikbaar ({reason}).</translation>
        </message>
        <message>
            <source>The service {url} redirected the request to another address ({target}). The plugin sends no credentials or data to another address: set the service URL to the address the service really uses.</source>
            <translation>De service {url} stuurde het verzoek door naar een ander adres ({target}). De plugin stuurt geen inloggegevens of gegevens naar een ander adres: stel als service-URL het adres in dat de service werkelijk gebruikt.</translation>
        </message>
        <message>
            <source>The service {url} answered a {method} with a redirect (HTTP {status}) that would turn it into a GET. Set the service URL to the address the service really uses.</source>
            <translation>De service {url} beantwoordde een {method} met een doorverwijzing (HTTP {status}) die er een GET van zou maken. Stel als service-URL het adres in dat de service werkelijk gebruikt.</translation>
        </message>
        <message>
            <source>The service {url} redirected the request too many times.</source>
            <translation>De service {url} stuurde het verzoek te vaak door.</translation>
        </message>
        <message>
            <source>The service answered {url} with something other than a feature with properties.</source>
            <translation>De service beantwoordde {url} met iets anders dan een feature met eigenschappen.</translation>
        </message>
        <message>
            <source>The package {name} is damaged: its manifest does not cover {file}.</source>
            <translation>Het pakket {name} is beschadigd: het manifest dekt {file} niet.</translation>
        </message>
        <message>
            <source>{file} holds no JSON object</source>
            <translation>{file} bevat geen JSON-object</translation>
        </message>
        <message>
            <source>differs between {manifest} and {document}</source>
            <translation>verschilt tussen {manifest} en {document}</translation>
        </message>
        <message>
            <source>The package {name} was not sent. {reason}</source>
            <translation>Het pakket {name} is niet verstuurd. {reason}</translation>
        </message>
        <message>
            <source>a newer submission on the service</source>
            <translation>een nieuwere aanmelding op de service</translation>
        </message>
        <message>
            <source>Not sent: {newer} holds a newer version of candidate {candidate}.</source>
            <translation>Niet verstuurd: {newer} bevat een nieuwere versie van kandidaat {candidate}.</translation>
        </message>
        <message>
            <source>The submission is not valid (1 problem):</source>
            <translation>De aanmelding is niet geldig (1 probleem):</translation>
        </message>
        <message>
            <source>becomes the same server id {server_id} as candidate {other} (row {first}), because every character other than a letter, digit, '_' or '-' becomes '_' there; rename one of them</source>
            <translation>wordt op de server hetzelfde id {server_id} als kandidaat {other} (rij {first}), omdat daar elk teken anders dan een letter, cijfer, '_' of '-' een '_' wordt; geef een van beide een andere naam</translation>
        </message>
        <message>
            <source>superseded by a newer version</source>
            <translation>vervangen door een nieuwere versie</translation>
        </message>
        <message>
            <source>Candidate {candidate}: not sent, because {newer} holds a newer version.</source>
            <translation>Kandidaat {candidate}: niet verstuurd, omdat {newer} een nieuwere versie bevat.</translation>
        </message>
        <message>
            <source>candidates layer</source>
            <translation>kandidatenlaag</translation>
        </message>
        <message>
            <source>Could not write candidate {candidate} to the output.</source>
            <translation>Kandidaat {candidate} kon niet naar de uitvoer worden geschreven.</translation>
        </message>
        <message>
            <source>Candidate {candidate}: {reason} No output was written.</source>
            <translation>Kandidaat {candidate}: {reason} Er is geen uitvoer geschreven.</translation>
        </message>
        <message>
            <source>Candidate {candidate}: the reviewer's remark has {length} characters; only the first {limit} are kept.</source>
            <translation>Kandidaat {candidate}: de opmerking van de beoordelaar heeft {length} tekens; alleen de eerste {limit} worden bewaard.</translation>
        </message>
        <message>
            <source>Candidates not sent because a newer version exists</source>
            <translation>Kandidaten niet verstuurd omdat er een nieuwere versie is</translation>
        </message>
        <message>
            <source>The outbox holds {held} candidates of submission {submission_id}, the package {expected}. Nothing is lost on the service, but check the package.</source>
            <translation>De outbox bevat {held} kandidaten van aanmelding {submission_id}, het pakket {expected}. Op de service gaat niets verloren, maar controleer het pakket.</translation>
        </message>
        <message>
            <source>Submission {submission_id}: {received} of the {expected} candidates in the package are on the service, {superseded} superseded by a newer submission, {pending} still in the outbox.</source>
            <translation>Aanmelding {submission_id}: {received} van de {expected} kandidaten in het pakket staan op de service, {superseded} vervangen door een nieuwere aanmelding, {pending} nog in de outbox.</translation>
        </message>
        <message>
            <source>Needed (semi)public laadpunten per km² (1 per {n} electric cars)</source>
            <translation>Benodigde (semi)publieke laadpunten per km² (1 per {n} elektrische auto's)</translation>
        </message>
        <message>
            <source>Existing (semi)public laadpunten per km²</source>
            <translation>Bestaande (semi)publieke laadpunten per km²</translation>
        </message>
        <message>
            <source>Gap: needed minus existing (semi)public laadpunten within {distance} m (negative = surplus)</source>
            <translation>Tekort: benodigde min bestaande (semi)publieke laadpunten binnen {distance} m (negatief = overschot)</translation>
        </message>
        <message>
            <source>Prognosis workbook for the council and the netbeheerder</source>
            <translation>Werkboek prognose voor de raad en de netbeheerder</translation>
        </message>
        <message>
            <source>The address cache {path} cannot be used: {error}</source>
            <translation>De adrescache {path} kan niet worden gebruikt: {error}</translation>
        </message>
        <message>
            <source>PDOK Locatieserver</source>
            <translation>PDOK Locatieserver</translation>
        </message>
        <message>
            <source>{label}: the answer of {url} is not a Locatieserver response.</source>
            <translation>{label}: het antwoord van {url} is geen antwoord van de Locatieserver.</translation>
        </message>
        <message>
            <source>{label}: offline, and {postcode} is not in the cache.</source>
            <translation>{label}: offline, en {postcode} staat niet in de cache.</translation>
        </message>
        <message>
            <source>{reason} Going on with the cache only: addresses not in it stay unlocated.</source>
            <translation>{reason} Verder met alleen de cache: adressen die daar niet in staan blijven zonder locatie.</translation>
        </message>
        <message>
            <source>has the advice 'buiten regio' (outside the region): the site lies outside Noord-Brabant and Limburg, so the RAL Zuid screening did not assess it and it cannot be submitted. Check its location and the coordinate reference system of the layer and screen it again; a site that really lies outside the region goes to the programme of its own region.</source>
            <translation>heeft het advies 'buiten regio': de locatie ligt buiten Noord-Brabant en Limburg, daarom heeft de RAL Zuid-toets haar niet beoordeeld en kan zij niet worden aangemeld. Controleer de ligging en het coördinatenstelsel van de laag en toets opnieuw; een locatie die echt buiten de regio ligt, hoort bij het programma van haar eigen regio.</translation>
        </message>
        <message>
            <source>has the advice 'verwijzen naar reguliere procedure' (refer to the regular procedure): under the charging ladder a fast charger in a residential street is no fast-charge site, so it cannot be submitted as one. Handle the request for a charge point in the street through the gemeente's regular application procedure, or choose a site outside the residential street (a hub, car park, filling station or business park) and screen it again.</source>
            <translation>heeft het advies 'verwijzen naar reguliere procedure': volgens de ladder van laden is een snellader in een woonstraat geen snellaadlocatie, dus kan hij niet als snellaadlocatie worden aangemeld. Behandel het verzoek voor een laadpunt in de straat via de reguliere aanvraagprocedure van de gemeente, of kies een locatie buiten de woonstraat (een hub, parkeerterrein, tankstation of bedrijventerrein) en toets die opnieuw.</translation>
        </message>
        <message>
            <source>has the advice 'niet aan de gemeente: route Rijkswaterstaat': the site lies on a motorway service area or on Rijkswaterstaat land, where the gemeente does not decide, so it cannot be submitted. The initiator applies to Rijkswaterstaat; if the gemeente wants fast charging nearby, it screens and submits a site outside Rijkswaterstaat land.</source>
            <translation>heeft het advies 'niet aan de gemeente: route Rijkswaterstaat': de locatie ligt op een verzorgingsplaats of op grond van Rijkswaterstaat, waar de gemeente niet beslist, dus kan zij niet worden aangemeld. De initiatiefnemer meldt zich bij Rijkswaterstaat; wil de gemeente snelladen in de buurt, dan toetst en meldt zij een locatie buiten de grond van Rijkswaterstaat aan.</translation>
        </message>
        <message>
            <source>{label}: reading the WFS {url}</source>
            <translation>{label}: de WFS {url} lezen</translation>
        </message>
        <message>
            <source>RDW registered electric cars</source>
            <translation>RDW geregistreerde elektrische auto's</translation>
        </message>
        <message>
            <source>CBS postcode4 areas</source>
            <translation>CBS-postcodegebieden (PC4)</translation>
        </message>
        <message>
            <source>{label}: no postcode area of the chosen municipalities was found.</source>
            <translation>{label}: geen postcodegebied van de gekozen gemeenten gevonden.</translation>
        </message>
        <message>
            <source>{label}: reading {count} postcode areas from {url}</source>
            <translation>{label}: {count} postcodegebieden lezen van {url}</translation>
        </message>
        <message>
            <source>{label}: the answer of {url} is not a list of rows.</source>
            <translation>{label}: het antwoord van {url} is geen lijst met rijen.</translation>
        </message>
        <message>
            <source>{label}: the service answered with an error for {url}: {reason}</source>
            <translation>{label}: de dienst gaf een foutmelding voor {url}: {reason}</translation>
        </message>
        <message>
            <source>{label}: the capabilities of {url} are not readable XML.</source>
            <translation>{label}: de capabilities van {url} zijn geen leesbare XML.</translation>
        </message>
        <message>
            <source>{label}: the service {url} offers no feature type like '{hint}' (it offers: {names}).</source>
            <translation>{label}: de dienst {url} biedt geen featuretype zoals '{hint}' (wel: {names}).</translation>
        </message>
        <message>
            <source>Registered electric cars per municipality (RDW, by postcode), for the prognosis</source>
            <translation>Geregistreerde elektrische auto's per gemeente (RDW, per postcode), voor de prognose</translation>
        </message>
        <message>
            <source>URL of RDW's vehicles-by-postcode data (empty = RDW open data)</source>
            <translation>URL van de RDW-gegevens voertuigen per postcode (leeg = RDW open data)</translation>
        </message>
        <message>
            <source>Service URL of the CBS postcode areas (empty = PDOK)</source>
            <translation>Service-URL van de CBS-postcodegebieden (leeg = PDOK)</translation>
        </message>
        <message>
            <source>Charging points used by the other algorithms (the bundled NDW snapshot)</source>
            <translation>Laadpunten die de andere algoritmen gebruiken (de meegeleverde NDW-momentopname)</translation>
        </message>
        <message>
            <source>leave as they are</source>
            <translation>laten zoals ze zijn</translation>
        </message>
        <message>
            <source>replace by a fresh NDW download of the whole region</source>
            <translation>vervangen door een verse NDW-download van de hele regio</translation>
        </message>
        <message>
            <source>go back to the bundled snapshot of June 2026</source>
            <translation>terug naar de meegeleverde momentopname van juni 2026</translation>
        </message>
        <message>
            <source>Registered electric cars per municipality</source>
            <translation>Geregistreerde elektrische auto's per gemeente</translation>
        </message>
        <message>
            <source>RDW registered electric cars: {count} row(s) without a readable postcode or number were left out.</source>
            <translation>RDW geregistreerde elektrische auto's: {count} rij(en) zonder leesbare postcode of leesbaar aantal weggelaten.</translation>
        </message>
        <message>
            <source>RDW registered electric cars: {ev:.0f} fully electric and {phev:.0f} plug-in hybrid passenger cars in {count} municipalities; RDW leaves out fewer than 10 per postcode, fuel and kind, so these are lower bounds ({empty} of {areas} postcode areas without an electric count). Give this table to the prognosis as the municipality's own numbers.</source>
            <translation>RDW geregistreerde elektrische auto's: {ev:.0f} volledig elektrische en {phev:.0f} plug-in hybride personenauto's in {count} gemeente(n); de RDW laat minder dan 10 per postcode, brandstof en voertuigsoort weg, dus dit zijn ondergrenzen ({empty} van {areas} postcodegebieden zonder aantal elektrische auto's). Geef deze tabel aan de prognose als eigen cijfers van de gemeente.</translation>
        </message>
        <message>
            <source>Refresh or restore the charging-point snapshot in a run of its own, without other datasets.</source>
            <translation>Vernieuw of herstel de momentopname van de laadpunten in een aparte run, zonder andere datasets.</translation>
        </message>
        <message>
            <source>The refreshed charging points were removed; the bundled snapshot of June 2026 is used again.</source>
            <translation>De vernieuwde laadpunten zijn verwijderd; de meegeleverde momentopname van juni 2026 wordt weer gebruikt.</translation>
        </message>
        <message>
            <source>There was no refreshed snapshot; the bundled snapshot of June 2026 is in use.</source>
            <translation>Er was geen vernieuwde momentopname; de meegeleverde momentopname van juni 2026 is in gebruik.</translation>
        </message>
        <message>
            <source>The snapshot was not refreshed: {reason}</source>
            <translation>De momentopname is niet vernieuwd: {reason}</translation>
        </message>
        <message>
            <source>The snapshot was not refreshed: NDW's feed could not be read and only an older download of {date} is cached.</source>
            <translation>De momentopname is niet vernieuwd: de NDW-feed kon niet gelezen worden en er staat alleen een oudere download van {date} in de cache.</translation>
        </message>
        <message>
            <source>Samenwerkingsregio Zuid (Noord-Brabant and Limburg)</source>
            <translation>Samenwerkingsregio Zuid (Noord-Brabant en Limburg)</translation>
        </message>
        <message>
            <source>The service {url} sent the same page twice; stopped reading.</source>
            <translation>De service {url} stuurde dezelfde pagina twee keer; het lezen is gestopt.</translation>
        </message>
        <message>
            <source>The service answered {url} with something other than a feature collection.</source>
            <translation>De service beantwoordde {url} met iets anders dan een feature collection.</translation>
        </message>
        <message>
            <source>The service {url} points to the next page at another address ({target}). The plugin sends no credentials to another address: ask the service's administrator.</source>
            <translation>De service {url} verwijst voor de volgende pagina naar een ander adres ({target}). De plugin stuurt geen inloggegevens naar een ander adres: vraag de beheerder van de service.</translation>
        </message>
        <message>
            <source>Candidate {feature_id} changed on the service since it was read.</source>
            <translation>Kandidaat {feature_id} is op de service veranderd sinds hij gelezen werd.</translation>
        </message>
        <message>
            <source>The service {url} answered a {method} with a redirect (HTTP {status}). Set the service URL to the address the service really uses.</source>
            <translation>De service {url} beantwoordde een {method} met een omleiding (HTTP {status}). Zet de service-URL op het adres dat de service echt gebruikt.</translation>
        </message>
        <message>
            <source>Conflict distances must be 0 metres or more.</source>
            <translation>Conflictafstanden moeten 0 meter of meer zijn.</translation>
        </message>
        <message>
            <source>The status cannot go from '{current}' to '{new}'; allowed from '{current}': {allowed}.</source>
            <translation>De status kan niet van '{current}' naar '{new}'; toegestaan vanaf '{current}': {allowed}.</translation>
        </message>
        <message>
            <source>nothing (final)</source>
            <translation>niets (definitief)</translation>
        </message>
        <message>
            <source>Unknown decision '{status}'; choose one of: {statuses}.</source>
            <translation>Onbekend besluit '{status}'; kies een van: {statuses}.</translation>
        </message>
        <message>
            <source>A decision '{status}' needs a motivation for the gemeente.</source>
            <translation>Een besluit '{status}' vraagt een motivering voor de gemeente.</translation>
        </message>
        <message>
            <source>Fill in the reviewer's name.</source>
            <translation>Vul de naam van de beoordelaar in.</translation>
        </message>
        <message>
            <source>The motivation has {length} characters; at most {limit} are allowed.</source>
            <translation>De motivering heeft {length} tekens; ten hoogste {limit} zijn toegestaan.</translation>
        </message>
        <message>
            <source>The reviewer's name is longer than {limit} characters.</source>
            <translation>De naam van de beoordelaar is langer dan {limit} tekens.</translation>
        </message>
        <message>
            <source>motivation</source>
            <translation>motivering</translation>
        </message>
        <message>
            <source>reviewer</source>
            <translation>beoordelaar</translation>
        </message>
        <message>
            <source>The {field} contains what looks like a charge card id; remove personal data.</source>
            <translation>De {field} bevat iets dat op een laadpas-id lijkt; verwijder persoonsgegevens.</translation>
        </message>
        <message>
            <source>Candidate {feature_id} is no longer on the service.</source>
            <translation>Kandidaat {feature_id} staat niet meer op de service.</translation>
        </message>
        <message>
            <source>Candidate {feature_id}: the gemeente submitted another version ({submission}) after you read the inbox; read the inbox again and review that version.</source>
            <translation>Kandidaat {feature_id}: de gemeente heeft een andere versie ({submission}) aangemeld nadat u de inbox las; lees de inbox opnieuw en beoordeel die versie.</translation>
        </message>
        <message>
            <source>Candidate {feature_id}: the status changed to '{current}' since you read the inbox (by {reviewer}); nothing was written.</source>
            <translation>Kandidaat {feature_id}: de status is sinds het lezen van de inbox veranderd in '{current}' (door {reviewer}); er is niets geschreven.</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>iemand anders</translation>
        </message>
        <message>
            <source>Candidate {feature_id} changed on the service while the decision was written; nothing was written.</source>
            <translation>Kandidaat {feature_id} veranderde op de service terwijl het besluit werd geschreven; er is niets geschreven.</translation>
        </message>
        <message>
            <source>An earlier decision on this candidate was refused: {reason}</source>
            <translation>Een eerder besluit over deze kandidaat is geweigerd: {reason}</translation>
        </message>
        <message>
            <source>'{text}' is not a month; write it as yyyy-mm, e.g. 2026-11.</source>
            <translation>'{text}' is geen maand; schrijf jjjj-mm, bijvoorbeeld 2026-11.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Besluiten</translation>
        </message>
        <message>
            <source>Lead time, mean (days)</source>
            <translation>Doorlooptijd, gemiddeld (dagen)</translation>
        </message>
        <message>
            <source>Lead time, median (days)</source>
            <translation>Doorlooptijd, mediaan (dagen)</translation>
        </message>
        <message>
            <source>Lead time, longest (days)</source>
            <translation>Doorlooptijd, langste (dagen)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Submitted (UTC)</source>
            <translation>Ingediend (UTC)</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>Besloten op</translation>
        </message>
        <message>
            <source>Lead time (days)</source>
            <translation>Doorlooptijd (dagen)</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Besluit</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Beoordelaar</translation>
        </message>
        <message>
            <source>Motivation</source>
            <translation>Motivering</translation>
        </message>
        <message>
            <source>{subject}: not assessed, not measured in the submission</source>
            <translation>{subject}: niet beoordeeld, niet gemeten in de aanmelding</translation>
        </message>
        <message>
            <source>{subject}: not assessed, the rule file of the submission is not in the archive</source>
            <translation>{subject}: niet beoordeeld, het regelbestand van de aanmelding staat niet in het archief</translation>
        </message>
        <message>
            <source>{subject}: not assessed, new or measured differently since rule version {version}</source>
            <translation>{subject}: niet beoordeeld, nieuw of anders gemeten sinds regelversie {version}</translation>
        </message>
        <message>
            <source>not a feature</source>
            <translation>geen feature</translation>
        </message>
        <message>
            <source>the feature has no id</source>
            <translation>de feature heeft geen id</translation>
        </message>
        <message>
            <source>the id occurs twice in the answer of the service</source>
            <translation>de id komt twee keer voor in het antwoord van de service</translation>
        </message>
        <message>
            <source>the feature has no properties</source>
            <translation>de feature heeft geen eigenschappen</translation>
        </message>
        <message>
            <source>the feature has no point geometry</source>
            <translation>de feature heeft geen puntgeometrie</translation>
        </message>
        <message>
            <source>Unknown review status {status}; use one of: {statuses}.</source>
            <translation>Onbekende beoordelingsstatus {status}; gebruik een van: {statuses}.</translation>
        </message>
        <message>
            <source>The period starts ({start}) after it ends ({end}).</source>
            <translation>De periode begint ({start}) na het einde ({end}).</translation>
        </message>
        <message>
            <source>'{code}' is not a CBS municipality code (GM followed by 4 digits, e.g. GM0772).</source>
            <translation>'{code}' is geen CBS-gemeentecode (GM gevolgd door 4 cijfers, bijvoorbeeld GM0772).</translation>
        </message>
        <message>
            <source>Expertisecentrum</source>
            <translation>Expertisecentrum</translation>
        </message>
        <message>
            <source>{parameter}: '{text}' is not a date; write it as yyyy-mm-dd, e.g. 2026-11-29.</source>
            <translation>{parameter}: '{text}' is geen datum; schrijf jjjj-mm-dd, bijvoorbeeld 2026-11-29.</translation>
        </message>
        <message>
            <source>Could not read the submissions: {reason} No output was written.</source>
            <translation>De aanmeldingen konden niet gelezen worden: {reason} Er is geen uitvoer geschreven.</translation>
        </message>
        <message>
            <source>Submission {ident} left out: {reason}</source>
            <translation>Aanmelding {ident} weggelaten: {reason}</translation>
        </message>
        <message>
            <source>{count} more submissions left out.</source>
            <translation>Nog {count} aanmeldingen weggelaten.</translation>
        </message>
        <message>
            <source>Review decision: set the status of candidates</source>
            <translation>Beoordelingsbesluit: status van kandidaten zetten</translation>
        </message>
        <message>
            <source>Candidates from the review inbox (tick 'Selected features only' to decide on a selection)</source>
            <translation>Kandidaten uit de beoordelingsinbox (vink 'Alleen geselecteerde objecten' aan om over een selectie te besluiten)</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>Nieuwe status</translation>
        </message>
        <message>
            <source>Motivation for the gemeente</source>
            <translation>Motivering voor de gemeente</translation>
        </message>
        <message>
            <source>the layer has no field '{field}'; use the output of Review inbox</source>
            <translation>de laag heeft geen veld '{field}'; gebruik de uitvoer van Beoordelingsinbox</translation>
        </message>
        <message>
            <source>Decision date</source>
            <translation>Besluitdatum</translation>
        </message>
        <message>
            <source>No candidates chosen: select candidates in the review inbox layer.</source>
            <translation>Geen kandidaten gekozen: selecteer kandidaten in de laag van de beoordelingsinbox.</translation>
        </message>
        <message>
            <source>Row {row} ({ident}): {reason}</source>
            <translation>Rij {row} ({ident}): {reason}</translation>
        </message>
        <message>
            <source>No decision was queued or sent:</source>
            <translation>Er is geen besluit in de wachtrij gezet of verstuurd:</translation>
        </message>
        <message>
            <source>Could not write candidate {ident} to the output.</source>
            <translation>Kandidaat {ident} kon niet naar de uitvoer geschreven worden.</translation>
        </message>
        <message>
            <source>Decisions: {summary}</source>
            <translation>Besluiten: {summary}</translation>
        </message>
        <message>
            <source>written</source>
            <translation>geschreven</translation>
        </message>
        <message>
            <source>refused: {reason}</source>
            <translation>geweigerd: {reason}</translation>
        </message>
        <message>
            <source>waiting in the outbox: {reason}</source>
            <translation>wacht in de outbox: {reason}</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>nog niet verstuurd</translation>
        </message>
        <message>
            <source>Review inbox: all submissions of the region</source>
            <translation>Beoordelingsinbox: alle aanmeldingen van de regio</translation>
        </message>
        <message>
            <source>Review statuses (none chosen = all)</source>
            <translation>Beoordelingsstatussen (niets gekozen = alle)</translation>
        </message>
        <message>
            <source>Conflict: another gemeente's candidate within (m)</source>
            <translation>Conflict: kandidaat van een andere gemeente binnen (m)</translation>
        </message>
        <message>
            <source>Conflict: the same site when within (m)</source>
            <translation>Conflict: dezelfde locatie als binnen (m)</translation>
        </message>
        <message>
            <source>Review inbox</source>
            <translation>Beoordelingsinbox</translation>
        </message>
        <message>
            <source>Submitted from</source>
            <translation>Ingediend vanaf</translation>
        </message>
        <message>
            <source>Submitted up to</source>
            <translation>Ingediend tot en met</translation>
        </message>
        <message>
            <source>{shown} of {total} submissions in the inbox; {changed} with another advice under rule version {version}; {conflicts} with a conflict; {unknown} screened with a rule file the archive does not know.</source>
            <translation>{shown} van {total} aanmeldingen in de inbox; {changed} met een ander advies onder regelversie {version}; {conflicts} met een conflict; {unknown} getoetst met een regelbestand dat het archief niet kent.</translation>
        </message>
        <message>
            <source>{count} decisions still wait in the outbox; run Review decision to send them.</source>
            <translation>Er wachten nog {count} besluiten in de outbox; voer Beoordelingsbesluit uit om ze te versturen.</translation>
        </message>
        <message>
            <source>Review report per month (xlsx)</source>
            <translation>Beoordelingsrapport per maand (xlsx)</translation>
        </message>
        <message>
            <source>Month (yyyy-mm)</source>
            <translation>Maand (jjjj-mm)</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>{month}: {submissions} submissions and {decisions} decisions in {count} gemeenten.</source>
            <translation>{month}: {submissions} aanmeldingen en {decisions} besluiten in {count} gemeenten.</translation>
        </message>
        <message>
            <source>Open requests for a public charge point</source>
            <translation>Open aanvragen voor een publiek laadpunt</translation>
        </message>
        <message>
            <source>separate list: open requests</source>
            <translation>aparte lijst: open aanvragen</translation>
        </message>
        <message>
            <source>required columns are missing: {missing}; columns in the file: {columns}. Name them in the column mapping parameter (e.g. request_date=Datum ingediend)</source>
            <translation>verplichte kolommen ontbreken: {missing}; kolommen in het bestand: {columns}. Noem ze in de parameter kolomtoewijzing (bijv. request_date=Datum ingediend)</translation>
        </message>
        <message>
            <source>the coordinates lie outside the Netherlands (RD New expected)</source>
            <translation>de coördinaten liggen buiten Nederland (RD New verwacht)</translation>
        </message>
        <message>
            <source>no coordinates and no postcode</source>
            <translation>geen coördinaten en geen postcode</translation>
        </message>
        <message>
            <source>postcode and house number given, but locating by address is switched off</source>
            <translation>postcode en huisnummer gegeven, maar lokaliseren op adres staat uit</translation>
        </message>
        <message>
            <source>Locating {n} request(s) by postcode and house number (PDOK Locatieserver).</source>
            <translation>{n} aanvra(a)g(en) lokaliseren op postcode en huisnummer (PDOK Locatieserver).</translation>
        </message>
        <message>
            <source>the Locatieserver could not be asked (offline or unreachable) and the address is not in the cache</source>
            <translation>de Locatieserver kon niet worden bevraagd (offline of onbereikbaar) en het adres staat niet in de cache</translation>
        </message>
        <message>
            <source>the Locatieserver does not know this postcode and house number</source>
            <translation>de Locatieserver kent deze postcode en dit huisnummer niet</translation>
        </message>
        <message>
            <source>Read {rows} request(s) from {file}; {options}</source>
            <translation>{rows} aanvra(a)g(en) gelezen uit {file}; {options}</translation>
        </message>
        <message>
            <source>Personal data not read (columns dropped): {columns}.</source>
            <translation>Persoonsgegevens niet ingelezen (kolommen weggelaten): {columns}.</translation>
        </message>
        <message>
            <source>Columns not used: {columns}.</source>
            <translation>Kolommen niet gebruikt: {columns}.</translation>
        </message>
        <message>
            <source>{n} row(s) left out with a reason (see the excluded rows table).</source>
            <translation>{n} rij(en) weggelaten met reden (zie de tabel met weggelaten rijen).</translation>
        </message>
        <message>
            <source>Status values no rule knows (the state follows the dates): {values}.</source>
            <translation>Statuswaarden die geen regel kent (de stand volgt uit de datums): {values}.</translation>
        </message>
        <message>
            <source>Located: {coordinates} by coordinates, {service} by postcode and house number, {none} not located.</source>
            <translation>Gelokaliseerd: {coordinates} op coördinaten, {service} op postcode en huisnummer, {none} niet gelokaliseerd.</translation>
        </message>
        <message>
            <source>Lead times in {unit}; target {target:g} days; reference date {date}.</source>
            <translation>Doorlooptijden in {unit}; norm {target:g} dagen; peildatum {date}.</translation>
        </message>
        <message>
            <source>business days (Mon-Fri without public holidays)</source>
            <translation>werkdagen (ma-vr zonder feestdagen)</translation>
        </message>
        <message>
            <source>calendar days</source>
            <translation>kalenderdagen</translation>
        </message>
        <message>
            <source>the file has a header but no requests</source>
            <translation>het bestand heeft een kopregel maar geen aanvragen</translation>
        </message>
        <message>
            <source>the request number is empty</source>
            <translation>het aanvraagnummer is leeg</translation>
        </message>
        <message>
            <source>the request date is empty</source>
            <translation>de datum van aanvraag is leeg</translation>
        </message>
        <message>
            <source>the request number occurs again (first in row {row}); this row is left out</source>
            <translation>het aanvraagnummer komt nogmaals voor (eerst in rij {row}); deze rij is weggelaten</translation>
        </message>
        <message>
            <source>the date {date} is after the reference date {reference}</source>
            <translation>de datum {date} ligt na de peildatum {reference}</translation>
        </message>
        <message>
            <source>the verkeersbesluit ({decision}) is before the request ({request})</source>
            <translation>het verkeersbesluit ({decision}) ligt vóór de aanvraag ({request})</translation>
        </message>
        <message>
            <source>the ingebruikname ({realised}) is before the request ({request})</source>
            <translation>de ingebruikname ({realised}) ligt vóór de aanvraag ({request})</translation>
        </message>
        <message>
            <source>the ingebruikname ({realised}) is before the verkeersbesluit ({decision})</source>
            <translation>de ingebruikname ({realised}) ligt vóór het verkeersbesluit ({decision})</translation>
        </message>
        <message>
            <source>the herkomst is empty</source>
            <translation>de herkomst is leeg</translation>
        </message>
        <message>
            <source>unknown herkomst '{value}' (known: EV-rijder, datagedreven, proactief, bedrijf)</source>
            <translation>onbekende herkomst '{value}' (bekend: EV-rijder, datagedreven, proactief, bedrijf)</translation>
        </message>
        <message>
            <source>the status '{status}' says in use, but there is no date of ingebruikname</source>
            <translation>de status '{status}' zegt in gebruik, maar er is geen datum van ingebruikname</translation>
        </message>
        <message>
            <source>Requests for a public point (from Charge point requests; open ones without a point nearby count)</source>
            <translation>Aanvragen voor een publiek laadpunt (uit Aanvragen laadpunten; open aanvragen zonder laadpunt in de buurt tellen)</translation>
        </message>
        <message>
            <source>Layer '{layer}' lacks the field(s) {fields}; use the register of Charge point requests.</source>
            <translation>Laag '{layer}' mist het veld/de velden {fields}; gebruik het register van Aanvragen laadpunten.</translation>
        </message>
        <message>
            <source>Reference date: '{value}' is not a date; write it as yyyy-mm-dd, e.g. 2025-10-01</source>
            <translation>Peildatum: '{value}' is geen datum; schrijf jjjj-mm-dd, bijv. 2025-10-01</translation>
        </message>
        <message>
            <source>Charge point requests: register and lead time</source>
            <translation>Aanvragen laadpunten: register en doorlooptijd</translation>
        </message>
        <message>
            <source>Request export (CSV or XLSX from the gemeente's or concessiehouder's portal)</source>
            <translation>Export van aanvragen (CSV of XLSX uit het portaal van gemeente of concessiehouder)</translation>
        </message>
        <message>
            <source>Request exports (*.csv *.txt *.xlsx)</source>
            <translation>Exports van aanvragen (*.csv *.txt *.xlsx)</translation>
        </message>
        <message>
            <source>Walking distance: already served</source>
            <translation>Loopafstand: al bediend</translation>
        </message>
        <message>
            <source>Lead times in</source>
            <translation>Doorlooptijden in</translation>
        </message>
        <message>
            <source>Calendar days</source>
            <translation>Kalenderdagen</translation>
        </message>
        <message>
            <source>Business days (Mon-Fri without public holidays)</source>
            <translation>Werkdagen (ma-vr zonder feestdagen)</translation>
        </message>
        <message>
            <source>Target lead time from request to charge point in use (days, in the unit above)</source>
            <translation>Norm voor de doorlooptijd van aanvraag tot laadpunt in gebruik (dagen, in de eenheid hierboven)</translation>
        </message>
        <message>
            <source>Locate postcode + house number with the PDOK Locatieserver</source>
            <translation>Postcode + huisnummer lokaliseren met de PDOK Locatieserver</translation>
        </message>
        <message>
            <source>Offline: use only addresses cached earlier</source>
            <translation>Offline: alleen eerder gecachete adressen gebruiken</translation>
        </message>
        <message>
            <source>Authentication for the Locatieserver (e.g. a proxy login)</source>
            <translation>Authenticatie voor de Locatieserver (bijv. een proxy-login)</translation>
        </message>
        <message>
            <source>Locatieserver URL (empty = PDOK)</source>
            <translation>URL van de Locatieserver (leeg = PDOK)</translation>
        </message>
        <message>
            <source>Address cache folder (empty = the QGIS profile)</source>
            <translation>Map van de adrescache (leeg = het QGIS-profiel)</translation>
        </message>
        <message>
            <source>Date format (empty = detect; e.g. %d-%m-%Y)</source>
            <translation>Datumnotatie (leeg = herkennen; bijv. %d-%m-%Y)</translation>
        </message>
        <message>
            <source>Column mapping (empty = detect; e.g. request_date=Ingediend;origin=Bron)</source>
            <translation>Kolomtoewijzing (leeg = herkennen; bijv. request_date=Ingediend;origin=Bron)</translation>
        </message>
        <message>
            <source>Request register (points)</source>
            <translation>Register van aanvragen (punten)</translation>
        </message>
        <message>
            <source>Request indicators per gemeente and quarter</source>
            <translation>Indicatoren aanvragen per gemeente en kwartaal</translation>
        </message>
        <message>
            <source>Requests left out or not located, with reason</source>
            <translation>Weggelaten of niet gelokaliseerde aanvragen, met reden</translation>
        </message>
        <message>
            <source>Monitoring workbook: request sheets</source>
            <translation>Monitoringswerkmap: bladen aanvragen</translation>
        </message>
        <message>
            <source>Existing public points: the bundled snapshot ({source}), {count} locations.</source>
            <translation>Bestaande publieke laadpunten: de meegeleverde momentopname ({source}), {count} locaties.</translation>
        </message>
        <message>
            <source>Layer '{layer}': {public} of {count} points are public (field 'toegang').</source>
            <translation>Laag '{layer}': {public} van {count} punten zijn publiek (veld 'toegang').</translation>
        </message>
        <message>
            <source>{left} row(s) left out and {off} not located; see the table of requests left out.</source>
            <translation>{left} rij(en) weggelaten en {off} niet gelokaliseerd; zie de tabel met weggelaten aanvragen.</translation>
        </message>
        <message>
            <source>Charge point requests</source>
            <translation>Aanvragen laadpunten</translation>
        </message>
        <message>
            <source>Requests left out or not located</source>
            <translation>Weggelaten of niet gelokaliseerde aanvragen</translation>
        </message>
        <message>
            <source>Layer {layer} lacks the field(s) {fields}; use the indicator table of Charge point requests.</source>
            <translation>Laag {layer} mist het veld/de velden {fields}; gebruik de indicatorentabel van Aanvragen laadpunten.</translation>
        </message>
        <message>
            <source>The gemeente's own numbers: {source}.</source>
            <translation>Eigen cijfers van de gemeente: {source}.</translation>
        </message>
        <message>
            <source>Overview: {area}</source>
            <translation>Overzicht: {area}</translation>
        </message>
        <message>
            <source>Candidate fast-charge sites</source>
            <translation>Kandidaat-snellaadlocaties</translation>
        </message>
        <message>
            <source>The candidate layer {path} cannot be made: {error}</source>
            <translation>De kandidatenlaag {path} kan niet worden gemaakt: {error}</translation>
        </message>
        <message>
            <source>The candidate layer {path} cannot be opened</source>
            <translation>De kandidatenlaag {path} kan niet worden geopend</translation>
        </message>
        <message>
            <source>The candidate could not be added to {layer}: {error}</source>
            <translation>De kandidaat kon niet worden toegevoegd aan {layer}: {error}</translation>
        </message>
        <message>
            <source>{count} charge points</source>
            <translation>{count} laadpunten</translation>
        </message>
        <message>
            <source>{count} areas</source>
            <translation>{count} gebieden</translation>
        </message>
        <message>
            <source>raster of {columns} x {rows} cells</source>
            <translation>raster van {columns} x {rows} cellen</translation>
        </message>
        <message>
            <source>{areas} areas, {points} extra charge points</source>
            <translation>{areas} gebieden, {points} extra laadpunten</translation>
        </message>
        <message>
            <source>{positive} positive, {study} further study, {negative} negative</source>
            <translation>{positive} positief, {study} nader onderzoek, {negative} negatief</translation>
        </message>
        <message>
            <source>{count} sheets</source>
            <translation>{count} kaartbladen</translation>
        </message>
        <message>
            <source>{count} candidates in package {id}</source>
            <translation>{count} kandidaten in pakket {id}</translation>
        </message>
        <message>
            <source>Advice per candidate site</source>
            <translation>Advies per kandidaat-locatie</translation>
        </message>
        <message>
            <source>Candidate sites</source>
            <translation>Kandidaat-locaties</translation>
        </message>
        <message>
            <source>Rule file {name}, version {version}</source>
            <translation>Regelbestand {name}, versie {version}</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Kandidaten</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Score (0-100)</source>
            <translation>Score (0-100)</translation>
        </message>
        <message>
            <source>1. Charging sessions</source>
            <translation>1. Laadsessies</translation>
        </message>
        <message>
            <source>2. Charging pressure (laaddruk)</source>
            <translation>2. Laaddruk</translation>
        </message>
        <message>
            <source>3a. Proposals for new charge points</source>
            <translation>3a. Voorstellen nieuwe laadpunten</translation>
        </message>
        <message>
            <source>3b. Fast-charge screening</source>
            <translation>3b. Snellaadlocaties toetsen</translation>
        </message>
        <message>
            <source>4. Plan map (plankaart)</source>
            <translation>4. Plankaart</translation>
        </message>
        <message>
            <source>5. Submit (aanmelden)</source>
            <translation>5. Aanmelden</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Openen…</translation>
        </message>
        <message>
            <source>Open the algorithm dialog with the parameters of the last run and earlier outputs</source>
            <translation>Het venster van het algoritme openen met de parameters van de vorige keer en de uitvoer van eerdere stappen</translation>
        </message>
        <message>
            <source>Not run yet in this project</source>
            <translation>Nog niet uitgevoerd in dit project</translation>
        </message>
        <message>
            <source>Last run {when}</source>
            <translation>Laatst uitgevoerd {when}</translation>
        </message>
        <message>
            <source>RAL Zuid</source>
            <translation>RAL Zuid</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>Werkwijze</translation>
        </message>
        <message>
            <source>Address search (PDOK Locatieserver)</source>
            <translation>Adres zoeken (PDOK Locatieserver)</translation>
        </message>
        <message>
            <source>Street and number, postcode or place…</source>
            <translation>Straat en huisnummer, postcode of plaats…</translation>
        </message>
        <message>
            <source>Add as candidate site</source>
            <translation>Toevoegen als kandidaat-locatie</translation>
        </message>
        <message>
            <source>Add the address found to the candidate layer the fast-charge screening uses</source>
            <translation>Het gevonden adres toevoegen aan de kandidatenlaag die de toets van snellaadlocaties gebruikt</translation>
        </message>
        <message>
            <source>Address search: {error}</source>
            <translation>Adres zoeken: {error}</translation>
        </message>
        <message>
            <source>Address search: no location for '{name}'</source>
            <translation>Adres zoeken: geen locatie voor '{name}'</translation>
        </message>
        <message>
            <source>{name} (gemeente {municipality})</source>
            <translation>{name} (gemeente {municipality})</translation>
        </message>
        <message>
            <source>Placed at the address {name} (PDOK Locatieserver)</source>
            <translation>Geplaatst op het adres {name} (PDOK Locatieserver)</translation>
        </message>
        <message>
            <source>{count} candidate sites</source>
            <translation>{count} kandidaat-locaties</translation>
        </message>
        <message>
            <source>Candidate {id} added to the layer '{layer}'</source>
            <translation>Kandidaat {id} toegevoegd aan de laag '{layer}'</translation>
        </message>
        <message>
            <source>The algorithm {id} is not available</source>
            <translation>Het algoritme {id} is niet beschikbaar</translation>
        </message>
        <message>
            <source>Charts of the last run</source>
            <translation>Grafieken van de laatste uitvoering</translation>
        </message>
        <message>
            <source>Charts of {path} cannot be read: {error}</source>
            <translation>De grafieken in {path} kunnen niet worden gelezen: {error}</translation>
        </message>
        <message>
            <source>Run step 1 (sessions) or 3b (screening) to see charts here.</source>
            <translation>Voer stap 1 (laadsessies) of 3b (toetsen) uit om hier grafieken te zien.</translation>
        </message>
        <message>
            <source>The chart cannot be drawn: {error}</source>
            <translation>De grafiek kan niet worden getekend: {error}</translation>
        </message>
        <message>
            <source>RAL Zuid panel (workflow, address search, charts)</source>
            <translation>RAL Zuid-paneel (werkwijze, adres zoeken, grafieken)</translation>
        </message>
        <message>
            <source>yyyy-mm-dd</source>
            <translation>jjjj-mm-dd</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>niet ingesteld</translation>
        </message>
        <message>
            <source>Load the 87 municipalities of Noord-Brabant and Limburg with population and households.</source>
            <translation>De 87 gemeenten van Noord-Brabant en Limburg laden, met inwoners en huishoudens.</translation>
        </message>
        <message>
            <source>Turn CPO charging sessions into occupancy, kWh and peak indicators per charge point (NAL).</source>
            <translation>Laadsessies van de CPO's omzetten in bezetting, kWh en piekindicatoren per laadpunt (NAL).</translation>
        </message>
        <message>
            <source>Test candidate fast-charge sites against the regional rules; a report per site.</source>
            <translation>Kandidaat-snellaadlocaties toetsen aan de regionale regels, met een rapport per locatie.</translation>
        </message>
        <message>
            <source>Show the criteria, thresholds and sources of the active fast-charge rule file.</source>
            <translation>De criteria, drempels en bronnen van het actieve regelbestand voor snelladen tonen.</translation>
        </message>
        <message>
            <source>Map measured charging pressure (occupancy of nearby charge points) as a raster and per area.</source>
            <translation>De gemeten laaddruk (bezetting van laadpunten in de buurt) in kaart brengen, als raster en per gebied.</translation>
        </message>
        <message>
            <source>Forecast the charge points each area needs and the gap with what exists and is planned.</source>
            <translation>Voorspellen hoeveel laadpunten elk gebied nodig heeft en wat er ontbreekt naast wat er is en gepland staat.</translation>
        </message>
        <message>
            <source>Rank the areas where the next public charge points do the most good.</source>
            <translation>De gebieden rangschikken waar de volgende publieke laadpunten het meest opleveren.</translation>
        </message>
        <message>
            <source>Make the plankaart for the council: a PDF atlas and a layout in the project.</source>
            <translation>De plankaart voor de raad maken: een pdf-atlas en een afdruklay-out in het project.</translation>
        </message>
        <message>
            <source>Fill in the submission form, build the package and send the candidates to the expertisecentrum.</source>
            <translation>Het aanmeldformulier invullen, het pakket maken en de kandidaten naar het expertisecentrum sturen.</translation>
        </message>
        <message>
            <source>Service address, collection and login for submitting to the expertisecentrum.</source>
            <translation>Serviceadres, collectie en inloggegevens voor het aanmelden bij het expertisecentrum.</translation>
        </message>
        <message>
            <source>All municipalities of the region</source>
            <translation>Alle gemeenten van de regio</translation>
        </message>
        <message>
            <source>Choose a municipality…</source>
            <translation>Kies een gemeente…</translation>
        </message>
        <message>
            <source>The municipality; the CBS code in brackets is what the algorithm receives.</source>
            <translation>De gemeente; het algoritme krijgt de CBS-code tussen haakjes.</translation>
        </message>
        <message>
            <source>{title} – {name}, version {version}</source>
            <translation>{title} – {name}, versie {version}</translation>
        </message>
        <message>
            <source>{label}: {message}</source>
            <translation>{label}: {message}</translation>
        </message>
        <message>
            <source>Show the Processing toolbox with only the RAL Zuid algorithms.</source>
            <translation>De Processing-toolbox tonen met alleen de RAL Zuid-algoritmen.</translation>
        </message>
        <message>
            <source>Municipality (CBS code)</source>
            <translation>Gemeente (CBS-code)</translation>
        </message>
        <message>
            <source>Municipality (CBS code; or PV30 / PV31 for a province, REGIO for the region; or a layer below)</source>
            <translation>Gemeente (CBS-code; of PV30 / PV31 voor een provincie, REGIO voor de regio; of een laag hieronder)</translation>
        </message>
        <message>
            <source>None: the municipality layer below</source>
            <translation>Geen: de gemeentelaag hieronder</translation>
        </message>
        <message>
            <source>Region RAL Zuid: Noord-Brabant and Limburg</source>
            <translation>Regio RAL Zuid: Noord-Brabant en Limburg</translation>
        </message>
        <message>
            <source>Province of Noord-Brabant</source>
            <translation>Provincie Noord-Brabant</translation>
        </message>
        <message>
            <source>Province of Limburg</source>
            <translation>Provincie Limburg</translation>
        </message>
        <message>
            <source>Date of the council decision</source>
            <translation>Datum van het raadsbesluit</translation>
        </message>
        <message>
            <source>Only this municipality when there is no demand layer (CBS code)</source>
            <translation>Alleen deze gemeente als er geen vraaglaag is (CBS-code)</translation>
        </message>
        <message>
            <source>The gemeente's own numbers (table: gemeentecode, aandeel_prive, ev_geregistreerd, peiljaar)</source>
            <translation>Eigen cijfers van de gemeente (tabel: gemeentecode, aandeel_prive, ev_geregistreerd, peiljaar)</translation>
        </message>
        <message>
            <source>Municipality (CBS code; empty = the whole region)</source>
            <translation>Gemeente (CBS-code; leeg = de hele regio)</translation>
        </message>
        <message>
            <source>The whole region</source>
            <translation>De hele regio</translation>
        </message>
        <message>
            <source>Only this municipality (CBS code; empty = all)</source>
            <translation>Alleen deze gemeente (CBS-code; leeg = alle)</translation>
        </message>
        <message>
            <source>Language of reports and texts</source>
            <translation>Taal van rapporten en teksten</translation>
        </message>
        <message>
            <source>Language of QGIS</source>
            <translation>Taal van QGIS</translation>
        </message>
        <message>
            <source>Existing public charge points (empty = the bundled NDW snapshot)</source>
            <translation>Bestaande publieke laadpunten (leeg = de meegeleverde NDW-momentopname)</translation>
        </message>
        <message>
            <source>OCPI Locations file (places OCPI Sessions and CDRs)</source>
            <translation>OCPI Locations-bestand (plaatst OCPI Sessions en CDR's)</translation>
        </message>
        <message>
            <source>Charge point locations layer</source>
            <translation>Laag met laadpuntlocaties</translation>
        </message>
        <message>
            <source>Municipality boundaries (empty = the bundled CBS 2023 municipalities)</source>
            <translation>Gemeentegrenzen (leeg = de meegeleverde CBS-gemeenten 2023)</translation>
        </message>
        <message>
            <source>First day of the period (empty = first session)</source>
            <translation>Eerste dag van de periode (leeg = eerste sessie)</translation>
        </message>
        <message>
            <source>Last day of the period (empty = last session)</source>
            <translation>Laatste dag van de periode (leeg = laatste sessie)</translation>
        </message>
        <message>
            <source>Request indicators for the workbook (the table of Charge point requests)</source>
            <translation>Indicatoren aanvragen voor de werkmap (de tabel van Aanvragen laadpunten)</translation>
        </message>
        <message>
            <source>referral or outside the region</source>
            <translation>verwijzing of buiten de regio</translation>
        </message>
        <message>
            <source>measured</source>
            <translation>gemeten</translation>
        </message>
        <message>
            <source>prognosis</source>
            <translation>prognose</translation>
        </message>
        <message>
            <source>No. {rank}: 1 extra charge point</source>
            <translation>Nr. {rank}: 1 extra laadpunt</translation>
        </message>
        <message>
            <source>No. {rank}: {count} extra charge points</source>
            <translation>Nr. {rank}: {count} extra laadpunten</translation>
        </message>
        <message>
            <source>hours plugged in per day per public charge point within walking distance</source>
            <translation>aansluituren per dag per publiek laadpunt binnen loopafstand</translation>
        </message>
        <message>
            <source>hours plugged in per day per km²</source>
            <translation>aansluituren per dag per km²</translation>
        </message>
        <message>
            <source>charging sessions per day per km²</source>
            <translation>laadsessies per dag per km²</translation>
        </message>
        <message>
            <source>kWh charged per day per km²</source>
            <translation>geladen kWh per dag per km²</translation>
        </message>
        <message>
            <source>peak occupancy of nearby charge points (%)</source>
            <translation>piekbezetting van laadpunten in de buurt (%)</translation>
        </message>
        <message>
            <source>public charge points within walking distance</source>
            <translation>publieke laadpunten binnen loopafstand</translation>
        </message>
        <message>
            <source>charge points short within walking distance (negative: surplus)</source>
            <translation>tekort aan laadpunten binnen loopafstand (negatief: overschot)</translation>
        </message>
        <message>
            <source>electric cars per km² (prognosis)</source>
            <translation>elektrische auto's per km² (prognose)</translation>
        </message>
        <message>
            <source>charge points needed per km²</source>
            <translation>benodigde laadpunten per km²</translation>
        </message>
        <message>
            <source>existing charge points per km²</source>
            <translation>bestaande laadpunten per km²</translation>
        </message>
        <message>
            <source>measured from the charging sessions of public charge points, RAL Zuid analysis</source>
            <translation>gemeten uit de laadsessies van publieke laadpunten, analyse RAL Zuid</translation>
        </message>
        <message>
            <source>prognosis {year}, RAL Zuid analysis on CBS data</source>
            <translation>prognose {year}, analyse RAL Zuid op CBS-gegevens</translation>
        </message>
        <message>
            <source>Prognosis {year}: {meaning}</source>
            <translation>Prognose {year}: {meaning}</translation>
        </message>
        <message>
            <source>Charging pressure: {meaning}</source>
            <translation>Laaddruk: {meaning}</translation>
        </message>
        <message>
            <source>{value} (low)</source>
            <translation>{value} (laag)</translation>
        </message>
        <message>
            <source>{value} (high)</source>
            <translation>{value} (hoog)</translation>
        </message>
        <message>
            <source>Place names: {source}</source>
            <translation>Plaatsnamen: {source}</translation>
        </message>
        <message>
            <source>Motorways: {source}</source>
            <translation>Snelwegen: {source}</translation>
        </message>
        <message>
            <source>Place names</source>
            <translation>Plaatsnamen</translation>
        </message>
        <message>
            <source>Motorways</source>
            <translation>Snelwegen</translation>
        </message>
        <message>
            <source>charging infrastructure; plan map; {municipality}</source>
            <translation>laadinfrastructuur; plankaart; {municipality}</translation>
        </message>
        <message>
            <source>written to {path}</source>
            <translation>geschreven naar {path}</translation>
        </message>
        <message>
            <source>Open PDF</source>
            <translation>PDF openen</translation>
        </message>
        <message>
            <source>Offline: place names, motorways and boundaries (bundled; roads when given)</source>
            <translation>Offline: plaatsnamen, snelwegen en grenzen (meegeleverd; wegen indien opgegeven)</translation>
        </message>
        <message>
            <source>PDOK BRT-Achtergrondkaart grijs (online)</source>
            <translation>PDOK BRT-Achtergrondkaart grijs (online)</translation>
        </message>
        <message>
            <source>Plan map</source>
            <translation>Plankaart</translation>
        </message>
        <message>
            <source>Charging pressure (measured): {meaning}</source>
            <translation>Laaddruk (gemeten): {meaning}</translation>
        </message>
        <message>
            <source>Open request</source>
            <translation>Open aanvraag</translation>
        </message>
        <message>
            <source>Open, traffic decision taken</source>
            <translation>Open, verkeersbesluit genomen</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In gebruik</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Afgewezen</translation>
        </message>
        <message>
            <source>Candidate {feature_id} kept changing on the service while it was sent; it is sent again later.</source>
            <translation>Kandidaat {feature_id} veranderde steeds op de service terwijl hij werd verstuurd; hij wordt later opnieuw verstuurd.</translation>
        </message>
        <message>
            <source>Proposal areas, rank 1-{top} (charging pressure analysis; numbers are an indication)</source>
            <translation>Voorstelgebieden, rang 1-{top} (laaddrukanalyse; aantallen zijn een indicatie)</translation>
        </message>
        <message>
            <source>Proposal areas (charging pressure analysis; numbers are an indication)</source>
            <translation>Voorstelgebieden (laaddrukanalyse; aantallen zijn een indicatie)</translation>
        </message>
        <message>
            <source>The number of electric cars per charge point must be more than 0.</source>
            <translation>Het aantal elektrische auto's per laadpunt moet groter dan 0 zijn.</translation>
        </message>
        <message>
            <source>private-charging share {share}</source>
            <translation>aandeel privaat laden {share}</translation>
        </message>
        <message>
            <source>Method: 1 (semi-)public charge point per {n} electric cars over {base}; {share} splits public and semi-public; {curve}; counts are an indication, not exact targets (plan §3.2).</source>
            <translation>Methode: 1 (semi)publiek laadpunt per {n} elektrische auto's over {base}; {share} verdeelt over publiek en semipubliek; {curve}; aantallen zijn een indicatie, geen exacte streefgetallen (plan §3.2).</translation>
        </message>
        <message>
            <source>Municipality code</source>
            <translation>Gemeentecode</translation>
        </message>
        <message>
            <source>Electric passenger cars</source>
            <translation>Elektrische personenauto's</translation>
        </message>
        <message>
            <source>(Semi-)public charge points needed (indication)</source>
            <translation>(Semi)publieke laadpunten nodig (indicatie)</translation>
        </message>
        <message>
            <source>of which public (indication)</source>
            <translation>waarvan publiek (indicatie)</translation>
        </message>
        <message>
            <source>of which semi-public (indication)</source>
            <translation>waarvan semipubliek (indicatie)</translation>
        </message>
        <message>
            <source>Fast-charge points (indication)</source>
            <translation>Snellaadpunten (indicatie)</translation>
        </message>
        <message>
            <source>Charge points for vans, semi-public (indication)</source>
            <translation>Laadpunten bestelbussen, semipubliek (indicatie)</translation>
        </message>
        <message>
            <source>Existing charge points</source>
            <translation>Bestaande laadpunten</translation>
        </message>
        <message>
            <source>Shortfall (indication)</source>
            <translation>Tekort (indicatie)</translation>
        </message>
        <message>
            <source>Peak power (kW)</source>
            <translation>Piekvermogen (kW)</translation>
        </message>
        <message>
            <source>Energy per year (MWh)</source>
            <translation>Energie per jaar (MWh)</translation>
        </message>
        <message>
            <source>Charge points needed (unrounded)</source>
            <translation>Laadpunten nodig (onafgerond)</translation>
        </message>
        <message>
            <source>Shortfall (unrounded)</source>
            <translation>Tekort (onafgerond)</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Gebied</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>Huishoudens</translation>
        </message>
        <message>
            <source>Share of private charging</source>
            <translation>Aandeel privaat laden</translation>
        </message>
        <message>
            <source>Charge points needed</source>
            <translation>Laadpunten nodig</translation>
        </message>
        <message>
            <source>of which public</source>
            <translation>waarvan publiek</translation>
        </message>
        <message>
            <source>of which semi-public</source>
            <translation>waarvan semipubliek</translation>
        </message>
        <message>
            <source>Fast-charge points</source>
            <translation>Snellaadpunten</translation>
        </message>
        <message>
            <source>Charge points for vans</source>
            <translation>Laadpunten bestelbussen</translation>
        </message>
        <message>
            <source>Shortfall</source>
            <translation>Tekort</translation>
        </message>
        <message>
            <source>assumption</source>
            <translation>aanname</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Doel</translation>
        </message>
        <message>
            <source>1 (semi-)public charge point per {count} electric passenger cars</source>
            <translation>1 (semi)publiek laadpunt per {count} elektrische personenauto's</translation>
        </message>
        <message>
            <source>Plan §2.3: "The partnership region aims to have (eventually) one (semi-)public charge point per five electric passenger vehicles"</source>
            <translation>Plan §2.3: "De samenwerkingsregio streeft ernaar om (uiteindelijk) één (semi)publiek laadpunt te hebben per vijf elektrische personenvoertuigen"</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>all electric cars</source>
            <translation>alle elektrische auto's</translation>
        </message>
        <message>
            <source>only cars without a charge point of their own</source>
            <translation>alleen auto's zonder eigen laadpunt</translation>
        </message>
        <message>
            <source>Plan §2.3 (all cars)</source>
            <translation>Plan §2.3 (alle auto's)</translation>
        </message>
        <message>
            <source>the user's choice (not the plan)</source>
            <translation>keuze van de gebruiker (niet het plan)</translation>
        </message>
        <message>
            <source>Numbers</source>
            <translation>Aantallen</translation>
        </message>
        <message>
            <source>indication</source>
            <translation>indicatie</translation>
        </message>
        <message>
            <source>Plan §3.2: "Numbers are used as an indication but not as exact targets"</source>
            <translation>Plan §3.2: "Aantallen worden gebruikt als indicatie maar niet als exacte streefgetallen"</translation>
        </message>
        <message>
            <source>Growth between plan years</source>
            <translation>Groei tussen planjaren</translation>
        </message>
        <message>
            <source>geometric (constant growth factor)</source>
            <translation>geometrisch (vaste groeifactor)</translation>
        </message>
        <message>
            <source>linear</source>
            <translation>lineair</translation>
        </message>
        <message>
            <source>assumption (the plan gives 2020, 2025 and 2030)</source>
            <translation>aanname (het plan geeft 2020, 2025 en 2030)</translation>
        </message>
        <message>
            <source>Distribution over municipalities</source>
            <translation>Verdeling naar gemeenten</translation>
        </message>
        <message>
            <source>by households (CBS 2023), or the registered number</source>
            <translation>naar huishoudens (CBS 2023), of het geregistreerde aantal</translation>
        </message>
        <message>
            <source>by CBS urbanity 1-5: {shares}</source>
            <translation>naar CBS-stedelijkheid 1-5: {shares}</translation>
        </message>
        <message>
            <source>{share} for every municipality</source>
            <translation>{share} voor elke gemeente</translation>
        </message>
        <message>
            <source>assumption; direction from plan §4.1: "In more rural municipalities with many homes with their own driveway, home charging will be able to meet a large part of the charging need"</source>
            <translation>aanname; richting uit plan §4.1: "In landelijkere gemeenten met veel woningen met eigen oprit zal thuisladen kunnen voorzien in een groot deel van de laadbehoefte"</translation>
        </message>
        <message>
            <source>Public / semi-public</source>
            <translation>Publiek / semipubliek</translation>
        </message>
        <message>
            <source>public = EV x (1 - p) / 5, semi-public = EV x p / 5</source>
            <translation>publiek = EV x (1 - p) / 5, semipubliek = EV x p / 5</translation>
        </message>
        <message>
            <source>1 fast-charge point per {count} electric cars</source>
            <translation>1 snellaadpunt per {count} elektrische auto's</translation>
        </message>
        <message>
            <source>assumption (plan §4.4 only mentions TNO: 2,900 fast-charge points around the trunk road network in 2030, nationally)</source>
            <translation>aanname (plan §4.4 noemt alleen TNO: 2.900 snellaadpunten rond het hoofdwegennet in 2030, landelijk)</translation>
        </message>
        <message>
            <source>Vans</source>
            <translation>Bestelbussen</translation>
        </message>
        <message>
            <source>{share} of the vans charge semi-publicly, {count} per charge point</source>
            <translation>{share} van de bestelbussen laadt semipubliek, {count} per laadpunt</translation>
        </message>
        <message>
            <source>Plan §4.2: "about half of the vans will use semi-public charge points"; the number per charge point is an assumption</source>
            <translation>Plan §4.2: "zal ongeveer de helft van de bestelvoertuigen gebruik maken van semipublieke laadpunten"; het aantal per laadpunt is een aanname</translation>
        </message>
        <message>
            <source>Power of a regular charge point</source>
            <translation>Vermogen gewoon laadpunt</translation>
        </message>
        <message>
            <source>Plan §4.2: "mostly it is 3.7, 11 or 22 kW"</source>
            <translation>Plan §4.2: "meestal gaat het om 3,7, 11 of 22 kW"</translation>
        </message>
        <message>
            <source>Power of a fast-charge point</source>
            <translation>Vermogen snellaadpunt</translation>
        </message>
        <message>
            <source>Plan §4.4: "regular fast charging for passenger transport with a power of around 50 kW"</source>
            <translation>Plan §4.4: "regulier snelladen voor personenvervoer met een vermogen rond de 50 kW"</translation>
        </message>
        <message>
            <source>Simultaneity at the evening peak</source>
            <translation>Gelijktijdigheid avondpiek</translation>
        </message>
        <message>
            <source>Utilisation per year</source>
            <translation>Benuttingsgraad per jaar</translation>
        </message>
        <message>
            <source>{factor} (x 8,760 hours)</source>
            <translation>{factor} (x 8.760 uur)</translation>
        </message>
        <message>
            <source>Rounding</source>
            <translation>Afronding</translation>
        </message>
        <message>
            <source>municipal total half up, distributed over the areas with the largest remainders</source>
            <translation>gemeentetotaal half naar boven, verdeeld over gebieden met de grootste overschotten</translation>
        </message>
        <message>
            <source>method</source>
            <translation>methode</translation>
        </message>
        <message>
            <source>Per municipality</source>
            <translation>Per gemeente</translation>
        </message>
        <message>
            <source>Per area</source>
            <translation>Per gebied</translation>
        </message>
        <message>
            <source>Method and assumptions</source>
            <translation>Methode en aannames</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Onderdeel</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>{count} charge point(s) with peak occupancy above the threshold in {weeks} of {total} weeks (at least {minimum} weeks counts as pressure)</source>
            <translation>{count} laadpunt(en) met piekbezetting boven de drempel in {weeks} van {total} weken (vanaf {minimum} weken telt als laaddruk)</translation>
        </message>
        <message>
            <source>{count} charge point(s) with peak occupancy of {threshold} % or more</source>
            <translation>{count} laadpunt(en) met een piekbezetting van {threshold} % of meer</translation>
        </message>
        <message>
            <source>{count} open request(s) without a public charge point within walking distance; the oldest waits {days} days</source>
            <translation>{count} open aanvra(a)g(en) zonder publiek laadpunt op loopafstand; de oudste wacht {days} dagen</translation>
        </message>
        <message>
            <source>Prognosis {year}: {ev} electric cars need {needed} (semi-)public charge points (1 per {target}); {existing} exist; gap {gap}, indication {extra}</source>
            <translation>Prognose {year}: {ev} elektrische auto's hebben {needed} (semi)publieke laadpunten nodig (1 per {target}); er zijn er {existing}; tekort {gap}, indicatie {extra}</translation>
        </message>
        <message>
            <source>left out</source>
            <translation>uitgesloten</translation>
        </message>
        <message>
            <source>counted, not on the map</source>
            <translation>geteld, niet op de kaart</translation>
        </message>
        <message>
            <source>Quarter (date of request)</source>
            <translation>Kwartaal (datum aanvraag)</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Aanvragen</translation>
        </message>
        <message>
            <source>Origin: EV driver</source>
            <translation>Herkomst EV-rijder</translation>
        </message>
        <message>
            <source>Origin: data-driven</source>
            <translation>Herkomst datagedreven</translation>
        </message>
        <message>
            <source>Origin: proactive</source>
            <translation>Herkomst proactief</translation>
        </message>
        <message>
            <source>Origin: company</source>
            <translation>Herkomst bedrijf</translation>
        </message>
        <message>
            <source>Origin unknown (column missing)</source>
            <translation>Herkomst onbekend (kolom ontbreekt)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Open, traffic decree taken</source>
            <translation>Open, verkeersbesluit genomen</translation>
        </message>
        <message>
            <source>Rejected / withdrawn</source>
            <translation>Afgewezen / ingetrokken</translation>
        </message>
        <message>
            <source>Number with lead time request-traffic decree</source>
            <translation>Aantal met doorlooptijd aanvraag-verkeersbesluit</translation>
        </message>
        <message>
            <source>Median request-traffic decree (days)</source>
            <translation>Mediaan aanvraag-verkeersbesluit (dagen)</translation>
        </message>
        <message>
            <source>P90 request-traffic decree (days)</source>
            <translation>P90 aanvraag-verkeersbesluit (dagen)</translation>
        </message>
        <message>
            <source>Number with lead time traffic decree-in use</source>
            <translation>Aantal met doorlooptijd verkeersbesluit-ingebruikname</translation>
        </message>
        <message>
            <source>Median traffic decree-in use (days)</source>
            <translation>Mediaan verkeersbesluit-ingebruikname (dagen)</translation>
        </message>
        <message>
            <source>P90 traffic decree-in use (days)</source>
            <translation>P90 verkeersbesluit-ingebruikname (dagen)</translation>
        </message>
        <message>
            <source>Number with lead time request-in use</source>
            <translation>Aantal met doorlooptijd aanvraag-ingebruikname</translation>
        </message>
        <message>
            <source>Median request-in use (days)</source>
            <translation>Mediaan aanvraag-ingebruikname (dagen)</translation>
        </message>
        <message>
            <source>P90 request-in use (days)</source>
            <translation>P90 aanvraag-ingebruikname (dagen)</translation>
        </message>
        <message>
            <source>Realised within the target (%)</source>
            <translation>Gerealiseerd binnen de norm (%)</translation>
        </message>
        <message>
            <source>Open 0-90 days</source>
            <translation>Open 0-90 dagen</translation>
        </message>
        <message>
            <source>Open 91-182 days</source>
            <translation>Open 91-182 dagen</translation>
        </message>
        <message>
            <source>Open 183-365 days</source>
            <translation>Open 183-365 dagen</translation>
        </message>
        <message>
            <source>Open more than 365 days</source>
            <translation>Open meer dan 365 dagen</translation>
        </message>
        <message>
            <source>Open and already longer than the target</source>
            <translation>Open en al langer dan de norm</translation>
        </message>
        <message>
            <source>Open without a public charge point within walking distance</source>
            <translation>Open zonder publiek laadpunt op loopafstand</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Rij</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Consequence</source>
            <translation>Gevolg</translation>
        </message>
        <message>
            <source>Requests explained</source>
            <translation>Aanvragen toelichting</translation>
        </message>
        <message>
            <source>Requests left out</source>
            <translation>Aanvragen uitgesloten</translation>
        </message>
        <message>
            <source>Charge point requests: register and lead times</source>
            <translation>Aanvragen laadpunten: register en doorlooptijd</translation>
        </message>
        <message>
            <source>Source file</source>
            <translation>Bronbestand</translation>
        </message>
        <message>
            <source>Reference date (age of open requests)</source>
            <translation>Peildatum (leeftijd open aanvragen)</translation>
        </message>
        <message>
            <source>Target request-in use (days)</source>
            <translation>Norm aanvraag-ingebruikname (dagen)</translation>
        </message>
        <message>
            <source>Walking distance 'already served' (m, as the crow flies)</source>
            <translation>Loopafstand 'al bediend' (m, hemelsbreed)</translation>
        </message>
        <message>
            <source>Percentiles</source>
            <translation>Percentielen</translation>
        </message>
        <message>
            <source>median and P90 with linear interpolation (as Excel's PERCENTILE.INC)</source>
            <translation>mediaan en P90 met lineaire interpolatie (als Excel PERCENTIEL.INC)</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Privacy</translation>
        </message>
        <message>
            <source>names, e-mail, telephone, licence plate and addresses are not read or not kept; request numbers only as a keyed hash</source>
            <translation>namen, e-mail, telefoon, kenteken en adressen zijn niet ingelezen of niet bewaard; aanvraagnummers alleen als sleutel-hash</translation>
        </message>
        <message>
            <source>Approved (akkoord)</source>
            <translation>akkoord</translation>
        </message>
        <message>
            <source>Rejected (afgewezen)</source>
            <translation>afgewezen</translation>
        </message>
        <message>
            <source>On hold (aangehouden)</source>
            <translation>aangehouden</translation>
        </message>
        <message>
            <source>Excluded months: {value} is not a month (1-12).</source>
            <translation>Weggelaten maanden: {value} is geen maand (1-12).</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Period (month or whole period)</source>
            <translation>Periode (maand of hele periode)</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Dagen</translation>
        </message>
        <message>
            <source>Charge points (EVSE)</source>
            <translation>Laadpunten (EVSE)</translation>
        </message>
        <message>
            <source>Energy charged (kWh)</source>
            <translation>Geladen energie (kWh)</translation>
        </message>
        <message>
            <source>Sessions per charge point per day</source>
            <translation>Sessies per laadpunt per dag</translation>
        </message>
        <message>
            <source>kWh per session</source>
            <translation>kWh per sessie</translation>
        </message>
        <message>
            <source>Occupancy, connected (% of the day)</source>
            <translation>Bezettingsgraad aangesloten (% van de dag)</translation>
        </message>
        <message>
            <source>Occupancy, charging (% of the day)</source>
            <translation>Bezettingsgraad laden (% van de dag)</translation>
        </message>
        <message>
            <source>Idle time: connected without charging (% of connected time)</source>
            <translation>Paalkleven: aangesloten zonder laden (% van aansluittijd)</translation>
        </message>
        <message>
            <source>Peak occupancy (% of the peak window)</source>
            <translation>Piekbezetting (% van het piekvenster)</translation>
        </message>
        <message>
            <source>Share of charge points often full: peak above threshold on &gt; X % of the days (%)</source>
            <translation>Aandeel laadpunten vaak vol: piek boven drempel op &gt; X % van de dagen (%)</translation>
        </message>
        <message>
            <source>Mean share of days with the peak above the threshold (%)</source>
            <translation>Gemiddeld aandeel dagen met piek boven drempel (%)</translation>
        </message>
        <message>
            <source>Share of charge points with mean peak occupancy above the threshold (%)</source>
            <translation>Aandeel laadpunten met gemiddelde piekbezetting boven drempel (%)</translation>
        </message>
        <message>
            <source>Distinct charging cards (number)</source>
            <translation>Unieke laadpassen (aantal)</translation>
        </message>
        <message>
            <source>Distinct charging cards per charge point per month</source>
            <translation>Unieke laadpassen per laadpunt per maand</translation>
        </message>
        <message>
            <source>Distinct charging cards per charge point over the whole period or month</source>
            <translation>Unieke laadpassen per laadpunt over de hele periode of maand</translation>
        </message>
        <message>
            <source>No sessions (0 / no data)</source>
            <translation>Geen sessies (0 / geen data)</translation>
        </message>
        <message>
            <source>Suppressed (&lt; minimum distinct cards)</source>
            <translation>Onderdrukt (&lt; minimum unieke passen)</translation>
        </message>
        <message>
            <source>Charging post / location id</source>
            <translation>Laadpaal / locatie-id</translation>
        </message>
        <message>
            <source>Sessions per day</source>
            <translation>Sessies per dag</translation>
        </message>
        <message>
            <source>kWh per day</source>
            <translation>kWh per dag</translation>
        </message>
        <message>
            <source>Connected hours per day (hours)</source>
            <translation>Aansluituren per dag (uur)</translation>
        </message>
        <message>
            <source>Occupancy, connected (%)</source>
            <translation>Bezettingsgraad aangesloten (%)</translation>
        </message>
        <message>
            <source>Occupancy, charging (%)</source>
            <translation>Bezettingsgraad laden (%)</translation>
        </message>
        <message>
            <source>Idle time (%)</source>
            <translation>Paalkleven (%)</translation>
        </message>
        <message>
            <source>Peak occupancy (%)</source>
            <translation>Piekbezetting (%)</translation>
        </message>
        <message>
            <source>Days with the peak above the threshold</source>
            <translation>Dagen piek boven drempel</translation>
        </message>
        <message>
            <source>Share of days with the peak above the threshold (%)</source>
            <translation>Aandeel dagen piek boven drempel (%)</translation>
        </message>
        <message>
            <source>Often full (peak above threshold on &gt; X % of the days)</source>
            <translation>Vaak vol (piek boven drempel op &gt; X % van de dagen)</translation>
        </message>
        <message>
            <source>Weeks with the peak above the threshold</source>
            <translation>Weken piek boven drempel</translation>
        </message>
        <message>
            <source>Weeks with data</source>
            <translation>Weken met data</translation>
        </message>
        <message>
            <source>Distinct charging cards</source>
            <translation>Unieke laadpassen</translation>
        </message>
        <message>
            <source>Distinct charging cards per month</source>
            <translation>Unieke laadpassen per maand</translation>
        </message>
        <message>
            <source>Longest run of months with low usage</source>
            <translation>Langste reeks maanden laag gebruik</translation>
        </message>
        <message>
            <source>Occupancy, connected over the period (%)</source>
            <translation>Bezettingsgraad aangesloten over de periode (%)</translation>
        </message>
        <message>
            <source>Longest run of months under the threshold</source>
            <translation>Langste reeks maanden onder de drempel</translation>
        </message>
        <message>
            <source>From (month)</source>
            <translation>Van (maand)</translation>
        </message>
        <message>
            <source>Up to and including (month)</source>
            <translation>Tot en met (maand)</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Grafieken</translation>
        </message>
        <message>
            <source>Charge point</source>
            <translation>Laadpunt</translation>
        </message>
        <message>
            <source>One EVSE: one vehicle at a time; the NAL counting unit. A charging post usually has 2.</source>
            <translation>Eén EVSE: één voertuig tegelijk; de NAL-telleenheid. Een laadpaal heeft er meestal 2.</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Calendar day in Europe/Amsterdam local time: 24 hours, 23 hours (last Sunday of March) or 25 hours (last Sunday of October).</source>
            <translation>Kalenderdag in Europe/Amsterdam lokale tijd: 24 uur, 23 uur (laatste zondag van maart) of 25 uur (laatste zondag van oktober).</translation>
        </message>
        <message>
            <source>Occupancy, connected</source>
            <translation>Bezettingsgraad aangesloten</translation>
        </message>
        <message>
            <source>% of the day</source>
            <translation>% van de dag</translation>
        </message>
        <message>
            <source>Time a vehicle is connected / length of the day(s) x 100. Overlapping sessions on one EVSE count once (the intervals merged).</source>
            <translation>Tijd dat een voertuig aangesloten is / lengte van de dag(en) x 100. Overlappende sessies op één EVSE tellen één keer (de intervallen samengevoegd).</translation>
        </message>
        <message>
            <source>Occupancy, charging</source>
            <translation>Bezettingsgraad laden</translation>
        </message>
        <message>
            <source>Charging time / length of the day x 100; charging is assumed at the start of the session. Only for charge points where every session has a charging time.</source>
            <translation>Laadtijd / lengte van de dag x 100; laden wordt aan het begin van de sessie verondersteld. Alleen voor laadpunten waarvan elke sessie een laadtijd heeft.</translation>
        </message>
        <message>
            <source>Idle time</source>
            <translation>Paalkleven</translation>
        </message>
        <message>
            <source>% of connected time</source>
            <translation>% van aansluittijd</translation>
        </message>
        <message>
            <source>1 - charging time / connected time: connected but not charging.</source>
            <translation>1 - laadtijd / aansluittijd: aangesloten maar niet aan het laden.</translation>
        </message>
        <message>
            <source>Peak window</source>
            <translation>Piekvenster</translation>
        </message>
        <message>
            <source>hour</source>
            <translation>uur</translation>
        </message>
        <message>
            <source>Daily window {window} local time.</source>
            <translation>Dagelijks venster {window} lokale tijd.</translation>
        </message>
        <message>
            <source>Peak occupancy</source>
            <translation>Piekbezetting</translation>
        </message>
        <message>
            <source>Connected time within the peak window / length of the peak window x 100.</source>
            <translation>Aangesloten tijd binnen het piekvenster / lengte van het piekvenster x 100.</translation>
        </message>
        <message>
            <source>Share of charge points often full (headline figure)</source>
            <translation>Aandeel laadpunten vaak vol (kopcijfer)</translation>
        </message>
        <message>
            <source>Share of charge points whose peak occupancy is above {threshold} % on more than {days} % of the days in the period (or month). A charge point counts per day: peak occupancy of that day = connected time in the peak window / length of the window. The distribution of the charge points by share of days above the threshold is on the sheet Summary.</source>
            <translation>Aandeel laadpunten waarvan de piekbezetting op meer dan {days} % van de dagen in de periode (of maand) hoger is dan {threshold} %. Een laadpunt telt per dag: piekbezetting van die dag = aangesloten tijd in het piekvenster / lengte van het venster. De verdeling van de laadpunten naar aandeel dagen boven de drempel staat op het tabblad Samenvatting.</translation>
        </message>
        <message>
            <source>Mean share of days above the threshold</source>
            <translation>Gemiddeld aandeel dagen boven drempel</translation>
        </message>
        <message>
            <source>Mean over the charge points of their share of days with peak occupancy above {threshold} %; equal to the mean over the days of the sheet Peak per day.</source>
            <translation>Gemiddelde over de laadpunten van hun aandeel dagen met piekbezetting boven {threshold} %; gelijk aan het gemiddelde over de dagen van het tabblad Piek per dag.</translation>
        </message>
        <message>
            <source>Share with mean peak above the threshold</source>
            <translation>Aandeel gemiddelde piek boven drempel</translation>
        </message>
        <message>
            <source>Share of charge points whose mean peak occupancy over the whole period (or month) is above {threshold} %. Stricter than the headline figure: a charge point that is full 3 evenings of 4 has 75 % on average.</source>
            <translation>Aandeel laadpunten waarvan de gemiddelde piekbezetting over de hele periode (of maand) hoger is dan {threshold} %. Strenger dan het kopcijfer: een laadpunt dat 3 van de 4 avonden vol staat, heeft gemiddeld 75 %.</translation>
        </message>
        <message>
            <source>number</source>
            <translation>aantal</translation>
        </message>
        <message>
            <source>ISO weeks in which the charge point's mean peak occupancy was above {threshold} %.</source>
            <translation>ISO-weken waarin de gemiddelde piekbezetting van het laadpunt boven {threshold} % lag.</translation>
        </message>
        <message>
            <source>Sessions, kWh</source>
            <translation>Sessies, kWh</translation>
        </message>
        <message>
            <source>number, kWh</source>
            <translation>aantal, kWh</translation>
        </message>
        <message>
            <source>Counted on the local day on which the session starts.</source>
            <translation>Geteld op de lokale dag waarop de sessie begint.</translation>
        </message>
        <message>
            <source>Per charge point and calendar month the number of different cards, averaged over the charge points and over the months entirely within the period (without a whole month, over all months). Does not depend on the length of the period, unlike the number over the whole period.</source>
            <translation>Per laadpunt en kalendermaand het aantal verschillende passen, gemiddeld over de laadpunten en over de maanden die helemaal in de periode vallen (is er geen hele maand, dan over alle maanden). Hangt niet af van de lengte van de periode, anders dan het aantal over de hele periode.</translation>
        </message>
        <message>
            <source>Low usage (risk cover)</source>
            <translation>Laag gebruik (risicodekking)</translation>
        </message>
        <message>
            <source>Charge point whose monthly occupancy stayed under {threshold} % for at least {months} consecutive months; see the sheet Low usage.</source>
            <translation>Laadpunt waarvan de bezettingsgraad per maand minstens {months} opeenvolgende maanden onder {threshold} % bleef; zie het tabblad Laag gebruik.</translation>
        </message>
        <message>
            <source>Month without sessions</source>
            <translation>Maand zonder sessies</translation>
        </message>
        <message>
            <source>Counts as 0 sessions and 0 % occupancy (column 'No sessions' = yes) and is not suppressed. A month with almost no sessions between busier months is probably a gap in the data: the sheet Quality reports it and the period can leave such months out (their days and sessions then do not count).</source>
            <translation>Telt als 0 sessies en 0 % bezetting (kolom 'Geen sessies' = ja) en wordt niet onderdrukt. Een maand met bijna geen sessies tussen drukkere maanden is waarschijnlijk een gat in de data: het tabblad Kwaliteit meldt het en de periode kan zulke maanden weglaten (dagen en sessies van die maanden tellen dan niet).</translation>
        </message>
        <message>
            <source>Different hashed card or token ids. A card is not a vehicle: one car can use several cards and one card several cars (lease, car sharing).</source>
            <translation>Verschillende gehashte pas- of token-id's. Een pas is geen voertuig: één auto kan meerdere passen gebruiken en één pas meerdere auto's (lease, deelauto).</translation>
        </message>
        <message>
            <source>Card ids are hashed as soon as they are read (BLAKE2b with a secret key in the QGIS profile). Figures over fewer than {count} distinct cards are suppressed (empty).</source>
            <translation>Pas-id's zijn direct bij het inlezen gehasht (BLAKE2b met een geheime sleutel in het QGIS-profiel). Cijfers over minder dan {count} unieke passen zijn onderdrukt (leeg).</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Uitgesloten</translation>
        </message>
        <message>
            <source>Credit CDRs and home charging compensations do not count in public KPIs; see the sheet Quality. With negative energy only the energy does not count: the session and its connected time do.</source>
            <translation>Credit-CDR's en thuislaadvergoedingen tellen niet mee in publieke KPI's; zie het tabblad Kwaliteit. Bij negatieve energie telt alleen de energie niet mee: de sessie en haar aansluittijd tellen wel.</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Regio</translation>
        </message>
        <message>
            <source>Provinces</source>
            <translation>Provincies</translation>
        </message>
        <message>
            <source>Charging posts</source>
            <translation>Laadpalen</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Samenvatting</translation>
        </message>
        <message>
            <source>Charging sessions: NAL usage indicators RAL Zuid</source>
            <translation>Laadsessies: NAL-gebruiksindicatoren RAL Zuid</translation>
        </message>
        <message>
            <source>Period from</source>
            <translation>Periode vanaf</translation>
        </message>
        <message>
            <source>Period up to and including</source>
            <translation>Periode tot en met</translation>
        </message>
        <message>
            <source>Months left out</source>
            <translation>Weggelaten maanden</translation>
        </message>
        <message>
            <source>Days that count</source>
            <translation>Dagen die meetellen</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Aangemaakt</translation>
        </message>
        <message>
            <source>Peak window (local time)</source>
            <translation>Piekvenster (lokale tijd)</translation>
        </message>
        <message>
            <source>Minimum distinct cards per figure</source>
            <translation>Minimum unieke passen per cijfer</translation>
        </message>
        <message>
            <source>Sessions used</source>
            <translation>Sessies gebruikt</translation>
        </message>
        <message>
            <source>Sessions excluded</source>
            <translation>Sessies uitgesloten</translation>
        </message>
        <message>
            <source>Region: energy charged (kWh)</source>
            <translation>Regio: geladen energie (kWh)</translation>
        </message>
        <message>
            <source>Region: occupancy (%)</source>
            <translation>Regio: bezettingsgraad (%)</translation>
        </message>
        <message>
            <source>Region: share of charge points with the peak above {threshold} % on more than {days} % of the days (%)</source>
            <translation>Regio: aandeel laadpunten met piek boven {threshold} % op meer dan {days} % van de dagen (%)</translation>
        </message>
        <message>
            <source>Region: mean share of days with the peak above the threshold (%)</source>
            <translation>Regio: gemiddeld aandeel dagen met piek boven drempel (%)</translation>
        </message>
        <message>
            <source>Region: distinct cards per charge point per month</source>
            <translation>Regio: unieke passen per laadpunt per maand</translation>
        </message>
        <message>
            <source>Region: charge points with low usage</source>
            <translation>Regio: laadpunten met laag gebruik</translation>
        </message>
        <message>
            <source>Figures over fewer than {count} distinct charging cards are suppressed (empty cell, column 'Suppressed' = yes).</source>
            <translation>Cijfers over minder dan {count} unieke laadpassen zijn onderdrukt (lege cel, kolom 'Onderdrukt' = ja).</translation>
        </message>
        <message>
            <source>The data has no card ids: suppression by the number of distinct cards could not be applied.</source>
            <translation>De data bevat geen pas-id's: onderdrukking op aantal unieke passen kon niet worden toegepast.</translation>
        </message>
        <message>
            <source>Charge points (region) by share of days with the peak above the threshold</source>
            <translation>Verdeling laadpunten (regio) naar aandeel dagen met piek boven drempel</translation>
        </message>
        <message>
            <source>Charge points</source>
            <translation>Laadpunten</translation>
        </message>
        <message>
            <source>Share (%)</source>
            <translation>Aandeel (%)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rijen</translation>
        </message>
        <message>
            <source>Settings recognised</source>
            <translation>Herkende instellingen</translation>
        </message>
        <message>
            <source>table (CSV/XLSX export)</source>
            <translation>tabel (CSV/XLSX-export)</translation>
        </message>
        <message>
            <source>Quality (summary)</source>
            <translation>Kwaliteit (samenvatting)</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <source>Region: charge points within the municipalities of RAL Zuid. Empty values: no data or suppressed.</source>
            <translation>Regio: laadpunten binnen de gemeenten van RAL Zuid. Lege waarden: geen data of onderdrukt.</translation>
        </message>
        <message>
            <source>Definitions</source>
            <translation>Definities</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Eenheid</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Definitie</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Kwaliteit</translation>
        </message>
        <message>
            <source>Quality check</source>
            <translation>Controle</translation>
        </message>
        <message>
            <source>Number of rows</source>
            <translation>Aantal rijen</translation>
        </message>
        <message>
            <source>Example rows (file, row)</source>
            <translation>Voorbeeldrijen (bestand, rij)</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <source>whole period</source>
            <translation>hele periode</translation>
        </message>
        <message>
            <source>Low usage</source>
            <translation>Laag gebruik</translation>
        </message>
        <message>
            <source>Charge points with an occupancy under {threshold} % in at least {months} consecutive months: {count} of {total}.</source>
            <translation>Laadpunten met een bezettingsgraad onder {threshold} % in minstens {months} opeenvolgende maanden: {count} van {total}.</translation>
        </message>
        <message>
            <source>region</source>
            <translation>regio</translation>
        </message>
        <message>
            <source>province</source>
            <translation>provincie</translation>
        </message>
        <message>
            <source>municipality</source>
            <translation>gemeente</translation>
        </message>
        <message>
            <source>charge point</source>
            <translation>laadpunt</translation>
        </message>
        <message>
            <source>Peak per day</source>
            <translation>Piek per dag</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Share of charge points with the peak above the threshold (%)</source>
            <translation>Aandeel laadpunten piek boven drempel (%)</translation>
        </message>
        <message>
            <source>Occupancy per month (region)</source>
            <translation>Bezettingsgraad per maand (regio)</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Maand</translation>
        </message>
        <message>
            <source>Occupancy per hour of the day (region)</source>
            <translation>Bezettingsgraad per uur van de dag (regio)</translation>
        </message>
        <message>
            <source>Hour of the day (local time)</source>
            <translation>Uur van de dag (lokale tijd)</translation>
        </message>
        <message>
            <source>Energy charged per municipality</source>
            <translation>Geladen energie per gemeente</translation>
        </message>
        <message>
            <source>0 % of the days</source>
            <translation>0 % van de dagen</translation>
        </message>
        <message>
            <source>more than {low} up to and including {high} % of the days</source>
            <translation>meer dan {low} tot en met {high} % van de dagen</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>Part {part} of {parts}: rows {first}-{last} of {total} (a sheet holds at most {limit} rows; the table continues on the next sheet)</source>
            <translation>Deel {part} van {parts}: rijen {first}-{last} van {total} (een blad houdt maximaal {limit} rijen; de tabel loopt door op het volgende blad)</translation>
        </message>
        <message>
            <source>The municipality that submits; its CBS code goes into the package.</source>
            <translation>De gemeente die aanmeldt; haar CBS-code gaat mee in het pakket.</translation>
        </message>
        <message>
            <source>Public charge points (empty = every input point is one public charge point)</source>
            <translation>Publieke laadpunten (leeg = elk invoerpunt is één publiek laadpunt)</translation>
        </message>
        <message>
            <source>Number of charge points per public location (empty = 1 each)</source>
            <translation>Aantal laadpunten per publieke locatie (leeg = 1 per locatie)</translation>
        </message>
        <message>
            <source>Layer '{layer}' needs a field '{weeks}' or '{peak}' to find charge points under pressure.</source>
            <translation>Laag '{layer}' heeft een veld '{weeks}' of '{peak}' nodig om laadpunten onder druk te vinden.</translation>
        </message>
        <message>
            <source>{count} area(s) need {extra} extra charge points in total (an indication, not an exact target).</source>
            <translation>{count} gebied(en) hebben samen {extra} extra laadpunten nodig (een indicatie, geen exact streefgetal).</translation>
        </message>
        <message>
            <source>Electric cars per (semi-)public charge point (target; plan: 5)</source>
            <translation>Elektrische auto's per (semi)publiek laadpunt (doel; plan: 5)</translation>
        </message>
        <message>
            <source>Power per regular charge point (kW)</source>
            <translation>Vermogen per gewoon laadpunt (kW)</translation>
        </message>
        <message>
            <source>Charge points per existing location when the data has no count (assumption: a post usually has 2)</source>
            <translation>Laadpunten per bestaande locatie als de data geen aantal heeft (aanname: een paal heeft er meestal 2)</translation>
        </message>
        <message>
            <source>Count fast-charging locations as public charge points</source>
            <translation>Snellaadlocaties meetellen als publieke laadpunten</translation>
        </message>
        <message>
            <source>{year}: {ev} electric cars, {needed} (semi-)public charge points needed (indication: {public} public, {semi} semi-public; plus {fast} fast and {vans} for vans), {existing} exist in the areas, gap {gap} charge points in {count} area(s); grid: {kw} kW peak, {mwh} MWh a year.</source>
            <translation>{year}: {ev} elektrische auto's, {needed} (semi)publieke laadpunten nodig (indicatie: {public} publiek, {semi} semipubliek; plus {fast} snel en {vans} voor bestelbussen), {existing} bestaand in de gebieden, tekort {gap} laadpunten in {count} gebied(en); net: {kw} kW piek, {mwh} MWh per jaar.</translation>
        </message>
        <message>
            <source>Existing charge points by access: {public:.0f} public, {semi:.0f} semi-public, {unknown:.0f} unknown; {counted:.0f} counted from the data, the others assumed {per:g} per location.</source>
            <translation>Bestaande laadpunten naar toegang: {public:.0f} publiek, {semi:.0f} semipubliek, {unknown:.0f} onbekend; {counted:.0f} geteld uit de data, de overige aangenomen als {per:g} per locatie.</translation>
        </message>
        <message>
            <source>NDW charging points (OCPI) with charge points and public / semi-public access</source>
            <translation>NDW-laadpunten (OCPI) met aantal laadpunten en publieke / semipublieke toegang</translation>
        </message>
        <message>
            <source>NDW charging points: {count} locations with {points:.0f} charge points ({public} public, {semi} semi-public, {unknown} unknown access); {left_out} unpublished or without coordinates left out.</source>
            <translation>NDW-laadpunten: {count} locaties met {points:.0f} laadpunten ({public} publiek, {semi} semipubliek, {unknown} toegang onbekend); {left_out} niet gepubliceerd of zonder coördinaten weggelaten.</translation>
        </message>
        <message>
            <source>Charging-point snapshot refreshed: {count} locations in Noord-Brabant and Limburg ({fast} fast, {points:.0f} charge points) from NDW's feed of {date}, written to {path}; before: {before} locations. Every algorithm now reads these; choose 'go back to the bundled snapshot' to undo.</source>
            <translation>Momentopname van de laadpunten vernieuwd: {count} locaties in Noord-Brabant en Limburg ({fast} snel, {points:.0f} laadpunten) uit de NDW-feed van {date}, geschreven naar {path}; eerst: {before} locaties. Alle algoritmen lezen nu deze; kies 'terug naar de meegeleverde momentopname' om dit ongedaan te maken.</translation>
        </message>
        <message>
            <source>Reference date for open requests (empty = today)</source>
            <translation>Peildatum voor open aanvragen (leeg = vandaag)</translation>
        </message>
        <message>
            <source>working days (Mon-Fri without public holidays)</source>
            <translation>werkdagen (ma-vr zonder feestdagen)</translation>
        </message>
        <message>
            <source>Decision date (empty = today)</source>
            <translation>Besluitdatum (leeg = vandaag)</translation>
        </message>
        <message>
            <source>Submitted from (empty = any)</source>
            <translation>Ingediend vanaf (leeg = alle)</translation>
        </message>
        <message>
            <source>Submitted up to and including (empty = any)</source>
            <translation>Ingediend tot en met (leeg = alle)</translation>
        </message>
        <message>
            <source>Months to leave out of the period, in every year of it (e.g. data gaps)</source>
            <translation>Maanden die buiten de periode blijven, in elk jaar ervan (bijv. gaten in de data)</translation>
        </message>
        <message>
            <source>The decision date {date} lies in the future (today is {today}).</source>
            <translation>De besluitdatum {date} ligt in de toekomst (vandaag is het {today}).</translation>
        </message>
        <message>
            <source>The decision date {date} lies before the submission ({submitted}).</source>
            <translation>De besluitdatum {date} ligt vóór de aanmelding ({submitted}).</translation>
        </message>
        <message>
            <source>No. {rank}: {type}, {count} laadpunten</source>
            <translation>Nr. {rank}: {type}, {count} laadpunten</translation>
        </message>
        <message>
            <source>No. {rank}</source>
            <translation>Nr. {rank}</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>ZES charging sites (large: proposed, with laadpunten; small: reserve)</source>
            <translation>ZES-laadlocaties (groot: voorgesteld, met laadpunten; klein: reserve)</translation>
        </message>
        <message>
            <source>Proposal areas (output of Where to place laadpunten next)</source>
            <translation>Voorstelgebieden (uitvoer van Waar de volgende laadpunten komen)</translation>
        </message>
        <message>
            <source>Open requests for a public point (register of requests)</source>
            <translation>Open aanvragen voor een publiek laadpunt (register van aanvragen)</translation>
        </message>
        <message>
            <source>Proposal areas for new charge points (ranks 1-20 coloured)</source>
            <translation>Voorstelgebieden voor nieuwe laadpunten (rang 1-20 gekleurd)</translation>
        </message>
        <message>
            <source>municipalities of the region</source>
            <translation>gemeenten van de regio</translation>
        </message>
        <message>
            <source>charge point requests</source>
            <translation>aanvragen laadpunten</translation>
        </message>
        <message>
            <source>charging sessions</source>
            <translation>laadsessies</translation>
        </message>
        <message>
            <source>open data</source>
            <translation>open data</translation>
        </message>
        <message>
            <source>charging pressure</source>
            <translation>laaddruk</translation>
        </message>
        <message>
            <source>fast-charge screening</source>
            <translation>snellaadlocaties toetsen</translation>
        </message>
        <message>
            <source>plan map</source>
            <translation>plankaart</translation>
        </message>
        <message>
            <source>submission package</source>
            <translation>aanmeldpakket</translation>
        </message>
        <message>
            <source>expertisecentrum</source>
            <translation>expertisecentrum</translation>
        </message>
        <message>
            <source>[FAILED] {step}: {error}</source>
            <translation>[MISLUKT] {step}: {error}</translation>
        </message>
        <message>
            <source>RAL Zuid demo output folder: {folder} (language: {language}; --language en or --language nl)</source>
            <translation>Uitvoermap van de RAL Zuid-demo: {folder} (taal: {language}; --taal en of --taal nl)</translation>
        </message>
        <message>
            <source>{file}: {count} municipalities ({brabant} Noord-Brabant, {limburg} Limburg)</source>
            <translation>{file}: {count} gemeenten ({brabant} Noord-Brabant, {limburg} Limburg)</translation>
        </message>
        <message>
            <source>SYNTHETIC request export, Eindhoven (sample_data/requests, made-up data): {n} requests kept; herkomst EV-rijder {ev}, datagedreven {data}, proactief {pro}, bedrijf {com}</source>
            <translation>SYNTHETISCHE export van aanvragen, Eindhoven (sample_data/requests, verzonnen gegevens): {n} aanvragen behouden; herkomst EV-rijder {ev}, datagedreven {data}, proactief {pro}, bedrijf {com}</translation>
        </message>
        <message>
            <source>state: {used} in use, {open} open ({decided} with verkeersbesluit), {rejected} rejected</source>
            <translation>stand: {used} in gebruik, {open} open ({decided} met verkeersbesluit), {rejected} afgewezen</translation>
        </message>
        <message>
            <source>lead time (calendar days) request-&gt;verkeersbesluit median {a} / P90 {b}; verkeersbesluit-&gt;in use median {c} / P90 {d}; request-&gt;in use median {e} / P90 {f}</source>
            <translation>doorlooptijd (kalenderdagen) aanvraag-&gt;verkeersbesluit mediaan {a} / P90 {b}; verkeersbesluit-&gt;in gebruik mediaan {c} / P90 {d}; aanvraag-&gt;in gebruik mediaan {e} / P90 {f}</translation>
        </message>
        <message>
            <source>within the 126-day target: {share} % of requests in use; open by age at {date}: 0-90 d {a}, 91-182 d {b}, 183-365 d {c}, &gt; 365 d {d}; open over the target {over}; open without a public point within 250 m {unserved}</source>
            <translation>binnen de norm van 126 dagen: {share} % van de aanvragen in gebruik; open naar leeftijd op {date}: 0-90 d {a}, 91-182 d {b}, 183-365 d {c}, &gt; 365 d {d}; open en ouder dan de norm {over}; open zonder publiek laadpunt binnen 250 m {unserved}</translation>
        </message>
        <message>
            <source>per quarter: {quarters}</source>
            <translation>per kwartaal: {quarters}</translation>
        </message>
        <message>
            <source>listed with reason: {reasons}</source>
            <translation>met reden vermeld: {reasons}</translation>
        </message>
        <message>
            <source>nal_monitoring_aanvragen.xlsx: sheets {sheets}</source>
            <translation>nal_monitoring_aanvragen.xlsx: tabbladen {sheets}</translation>
        </message>
        <message>
            <source>laadpunten_bezetting.gpkg: {count} laadpunten (EVSE), occupancy median {median} %, max {max} %</source>
            <translation>laadpunten_bezetting.gpkg: {count} laadpunten (EVSE), bezettingsgraad mediaan {median} %, hoogste {max} %</translation>
        </message>
        <message>
            <source>excluded sessions: {checks}</source>
            <translation>uitgesloten sessies: {checks}</translation>
        </message>
        <message>
            <source>nal_monitoring_laadsessies.xlsx: {sheets} sheets, region {kwh}</source>
            <translation>nal_monitoring_laadsessies.xlsx: {sheets} tabbladen, regio {kwh}</translation>
        </message>
        <message>
            <source>{kwh} kWh</source>
            <translation>{kwh} kWh</translation>
        </message>
        <message>
            <source>suppressed</source>
            <translation>onderdrukt</translation>
        </message>
        <message>
            <source>no cached CBS download for Eindhoven ({code}) in the QGIS profile ({folder}): the prognosis uses SYNTHETIC households; run '{algorithm}' once online to use real data</source>
            <translation>geen bewaarde CBS-download voor Eindhoven ({code}) in het QGIS-profiel ({folder}): de prognose gebruikt SYNTHETISCHE huishoudens; voer '{algorithm}' één keer online uit om echte gegevens te gebruiken</translation>
        </message>
        <message>
            <source>{attribution} (cached download of {date})</source>
            <translation>{attribution} (bewaarde download van {date})</translation>
        </message>
        <message>
            <source>{file}: prognosis demand from {source}</source>
            <translation>{file}: vraag voor de prognose uit {source}</translation>
        </message>
        <message>
            <source>laaddruk_gemeten.tif: {bands} bands on {width} x {height} cells of 25 m</source>
            <translation>laaddruk_gemeten.tif: {bands} banden op {width} x {height} cellen van 25 m</translation>
        </message>
        <message>
            <source>no session indicator layer from an earlier step: measured laaddruk skipped</source>
            <translation>geen laag met laadsessie-indicatoren uit een eerdere stap: gemeten laaddruk overgeslagen</translation>
        </message>
        <message>
            <source>synthetic households</source>
            <translation>synthetische huishoudens</translation>
        </message>
        <message>
            <source>prognosis 2030 Eindhoven ({demand}; indication): {ev} electric cars, {n} (semi)public laadpunten needed ({p} public, {s} semi-public; plus {f} fast, {v} for vans), {e} exist (NDW, 2 per location assumed), gap {g}; grid {kw} kW peak, {mwh} MWh a year</source>
            <translation>prognose 2030 Eindhoven ({demand}; indicatie): {ev} elektrische auto's, {n} (semi)publieke laadpunten nodig ({p} publiek, {s} semipubliek; plus {f} snel, {v} voor bestelbussen), {e} bestaand (NDW, 2 per locatie aangenomen), tekort {g}; net {kw} kW piek, {mwh} MWh per jaar</translation>
        </message>
        <message>
            <source>laaddruk_prognose_2030.xlsx: per gemeente, per area, method and assumptions (for the netbeheerder)</source>
            <translation>laaddruk_prognose_2030.xlsx: per gemeente, per gebied, methode en aannames (voor de netbeheerder)</translation>
        </message>
        <message>
            <source>all {cells} cells of the demand layer: {ev} electric cars, {needed} laadpunten needed, {existing} exist, gap {gap} -&gt; indication {indication} laadpunten in {short} cells</source>
            <translation>alle {cells} cellen van de vraaglaag: {ev} elektrische auto's, {needed} laadpunten nodig, {existing} bestaand, tekort {gap} -&gt; indicatie {indication} laadpunten in {short} cellen</translation>
        </message>
        <message>
            <source>NAL rule: {count} cells of 500 m with &gt;= 125 households and no public point</source>
            <translation>NAL-regel: {count} cellen van 500 m met &gt;= 125 huishoudens en geen publiek laadpunt</translation>
        </message>
        <message>
            <source>voorstelgebieden_laadpunten.gpkg: {count} ranked areas ({measured} measured first, of which {requests} from open requests, then {prognosis} prognosis)</source>
            <translation>voorstelgebieden_laadpunten.gpkg: {count} gerangschikte gebieden (eerst {measured} gemeten, waarvan {requests} uit open aanvragen, dan {prognosis} prognose)</translation>
        </message>
        <message>
            <source>, first: {area}, {extra} extra laadpunten ({source})</source>
            <translation>, eerste: {area}, {extra} extra laadpunten ({source})</translation>
        </message>
        <message>
            <source>open requests</source>
            <translation>open aanvragen</translation>
        </message>
        <message>
            <source>route Rijkswaterstaat</source>
            <translation>route Rijkswaterstaat</translation>
        </message>
        <message>
            <source>regular procedure</source>
            <translation>reguliere procedure</translation>
        </message>
        <message>
            <source>{file}: {count} candidates, rules {rules} version {version} (sha256 {sha}…)</source>
            <translation>{file}: {count} kandidaten, regels {rules} versie {version} (sha256 {sha}…)</translation>
        </message>
        <message>
            <source>advice: {positive} positive, {study} further study, {negative} negative, {referred} referred or outside the region</source>
            <translation>advies: {positive} positief, {study} nader onderzoek, {negative} negatief, {referred} verwezen of buiten de regio</translation>
        </message>
        <message>
            <source>score</source>
            <translation>score</translation>
        </message>
        <message>
            <source>reports: {folder} ({count} HTML)</source>
            <translation>rapporten: {folder} ({count} HTML)</translation>
        </message>
        <message>
            <source>{rank:&gt;2}. {name} | {advice}, score {score} | {points} laadpunten, {kwh} kWh/day | {reasons}</source>
            <translation>{rank:&gt;2}. {name} | {advice}, score {score} | {points} laadpunten, {kwh} kWh/dag | {reasons}</translation>
        </message>
        <message>
            <source>{file}: {count} sites at {zone} ({zone_id}, in force from {date}); {basis}</source>
            <translation>{file}: {count} locaties bij {zone} ({zone_id}, geldig vanaf {date}); {basis}</translation>
        </message>
        <message>
            <source>electric vans 2030 {vans}, electric trucks {trucks}; laadpunten depot/laadplein/truck {depot}/{hub}/{truck}; existing fast/truck charging within 3 km {fast}/{truck_existing}</source>
            <translation>elektrische bestelbussen 2030 {vans}, elektrische vrachtwagens {trucks}; laadpunten depot/laadplein/vrachtwagen {depot}/{hub}/{truck}; bestaand snelladen/vrachtwagenladen binnen 3 km {fast}/{truck_existing}</translation>
        </message>
        <message>
            <source>van pressure: {text}</source>
            <translation>bestelbusdruk: {text}</translation>
        </message>
        <message>
            <source>top sites:</source>
            <translation>beste locaties:</translation>
        </message>
        <message>
            <source>report: {file}</source>
            <translation>rapport: {file}</translation>
        </message>
        <message>
            <source>laaddruk raster (band {band})</source>
            <translation>laaddrukraster (band {band})</translation>
        </message>
        <message>
            <source>proposal areas</source>
            <translation>voorstelgebieden</translation>
        </message>
        <message>
            <source>ZES zone and sites</source>
            <translation>ZES-zone en -locaties</translation>
        </message>
        <message>
            <source>with {layers}</source>
            <translation>met {layers}</translation>
        </message>
        <message>
            <source>{file}: {pages} sheets (overview + 4 map sheets), A3 landscape, Dutch</source>
            <translation>{file}: {pages} bladen (overzicht + 4 kaartbladen), A3 liggend, Nederlands</translation>
        </message>
        <message>
            <source>PNG sheets: {count} ({first} ...)</source>
            <translation>PNG-bladen: {count} ({first} ...)</translation>
        </message>
        <message>
            <source>layout in the project: {name}</source>
            <translation>opmaak in het project: {name}</translation>
        </message>
        <message>
            <source>candidates from step 40 (fast-charge screening): the {count} scored ones inside GM0772</source>
            <translation>kandidaten uit stap 40 (snellaadlocaties toetsen): de {count} met een score binnen GM0772</translation>
        </message>
        <message>
            <source>, plankaart from step 50</source>
            <translation>, plankaart uit stap 50</translation>
        </message>
        <message>
            <source>note: the screening output could not be packaged ({error}); using the synthetic fixture</source>
            <translation>let op: de uitvoer van de toets kon niet worden verpakt ({error}); de synthetische testgegevens worden gebruikt</translation>
        </message>
        <message>
            <source>note: no screening output from step 40; using the synthetic fixture tests/data/submission</source>
            <translation>let op: geen uitvoer van de toets uit stap 40; de synthetische testgegevens tests/data/submission worden gebruikt</translation>
        </message>
        <message>
            <source>{name}: submission {sid}, {n} candidates, {files} files (saved, not sent)</source>
            <translation>{name}: aanmelding {sid}, {n} kandidaten, {files} bestanden (opgeslagen, niet verstuurd)</translation>
        </message>
        <message>
            <source>Positive: every knock-out criterion is met, no criterion fails and the score is {score} (at least {minimum}).</source>
            <translation>Positief: aan elk knock-outcriterium is voldaan, geen enkel criterium is afgekeurd en de score is {score} (minstens {minimum}).</translation>
        </message>
        <message>
            <source>Negative: the knock-out criterion {criteria} is not met.</source>
            <translation>Negatief: niet voldaan aan het knock-outcriterium {criteria}.</translation>
        </message>
        <message>
            <source>Tick the municipalities; their CBS codes are what the algorithm receives.</source>
            <translation>Vink de gemeenten aan; hun CBS-codes zijn wat het algoritme krijgt.</translation>
        </message>
        <message>
            <source>Municipalities (none ticked = all)</source>
            <translation>Gemeenten (niets aangevinkt = alle)</translation>
        </message>
        <message>
            <source>the QGIS authentication database ({path}) is locked with another master password</source>
            <translation>de QGIS-authenticatiedatabase ({path}) is vergrendeld met een ander hoofdwachtwoord</translation>
        </message>
        <message>
            <source>the credentials could not be stored in the QGIS authentication database</source>
            <translation>de inloggegevens konden niet in de QGIS-authenticatiedatabase worden opgeslagen</translation>
        </message>
        <message>
            <source>note: no submission package from step 60; the demo uses the test package</source>
            <translation>let op: geen aanmeldpakket uit stap 60; de demo gebruikt het testpakket</translation>
        </message>
        <message>
            <source>PostgreSQL is not installed (scripts/install_deps.sh installs postgresql and postgresql-15-postgis-3): the demo falls back to the zero-install option, pygeoapi + TinyDB, without accounts and without access control</source>
            <translation>PostgreSQL is niet geïnstalleerd (scripts/install_deps.sh installeert postgresql en postgresql-15-postgis-3): de demo valt terug op de variant zonder installatie, pygeoapi + TinyDB, zonder accounts en zonder toegangscontrole</translation>
        </message>
        <message>
            <source>submission server started in {seconds} s: PostgreSQL {version} + PostGIS (temporary cluster), pygeoapi with the PostgreSQL provider and the access gateway at {url}</source>
            <translation>aanmeldserver gestart in {seconds} s: PostgreSQL {version} + PostGIS (tijdelijk cluster), pygeoapi met de PostgreSQL-provider en de toegangspoort op {url}</translation>
        </message>
        <message>
            <source>accounts in the QGIS authentication database: gemeente Eindhoven ({user}) and reviewer ({reviewer})</source>
            <translation>accounts in de QGIS-authenticatiedatabase: gemeente Eindhoven ({user}) en beoordelaar ({reviewer})</translation>
        </message>
        <message>
            <source>anonymous reading of the submissions: refused (HTTP {status})</source>
            <translation>anoniem lezen van de aanmeldingen: geweigerd (HTTP {status})</translation>
        </message>
        <message>
            <source>in PostGIS: {rows} rows, {approved} of them akkoord</source>
            <translation>in PostGIS: {rows} rijen, waarvan {approved} akkoord</translation>
        </message>
        <message>
            <source>submission server and PostgreSQL cluster stopped</source>
            <translation>aanmeldserver en PostgreSQL-cluster gestopt</translation>
        </message>
        <message>
            <source>submission server started: pygeoapi + TinyDB at {url}</source>
            <translation>aanmeldserver gestart: pygeoapi + TinyDB op {url}</translation>
        </message>
        <message>
            <source>submission server stopped</source>
            <translation>aanmeldserver gestopt</translation>
        </message>
        <message>
            <source>gemeente Eindhoven: {count} candidates received by the server</source>
            <translation>gemeente Eindhoven: {count} kandidaten door de server ontvangen</translation>
        </message>
        <message>
            <source>reviewer: inbox {file} with {count} candidates; advice changed under the current rules for {changed}; {conflicts} with a conflict</source>
            <translation>beoordelaar: inbox {file} met {count} kandidaten; advies met de huidige regels gewijzigd bij {changed}; {conflicts} met een conflict</translation>
        </message>
        <message>
            <source>Fits the regional fast-charging advice; apply to Enexis for the grid connection in time.</source>
            <translation>Past in de regionale snellaadvisie; netaansluiting tijdig aanvragen bij Enexis.</translation>
        </message>
        <message>
            <source>reviewer: {id} taken into review, then {decision} ({result})</source>
            <translation>beoordelaar: {id} in behandeling genomen, daarna {decision} ({result})</translation>
        </message>
        <message>
            <source>reviewer: a decision on an older version of {id} is refused (HTTP {status}); nothing overwritten</source>
            <translation>beoordelaar: een besluit over een oudere versie van {id} wordt geweigerd (HTTP {status}); niets overschreven</translation>
        </message>
        <message>
            <source>gemeente Eindhoven: the review status shows '{status}' with the motivation '{motivation}'</source>
            <translation>gemeente Eindhoven: de beoordelingsstatus toont '{status}' met de motivering '{motivation}'</translation>
        </message>
        <message>
            <source>reviewer: monthly report {file}</source>
            <translation>beoordelaar: maandrapport {file}</translation>
        </message>
        <message>
            <source>reviewer: regional overview {file} ({pages} page(s)): every candidate with its advice and review status</source>
            <translation>beoordelaar: regionaal overzicht {file} ({pages} pagina('s)): elke kandidaat met advies en beoordelingsstatus</translation>
        </message>
    </context>
</TS>
