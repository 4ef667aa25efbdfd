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
            <source>Municipalities of the region…</source>
            <translation>Gemeenten van de regio…</translation>
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
            <translation>Aanmelden</translation>
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
            <source>Only this municipality (CBS code, e.g. GM0772; empty = all)</source>
            <translation>Alleen deze gemeente (CBS-code, bijv. GM0772; leeg = alle)</translation>
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
    </context>
</TS>
