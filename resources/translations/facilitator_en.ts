<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ImportReportView</name>
    <message numerus="yes">
        <source>%n warning(s) and {0}</source>
        <extracomment>Which meeting field each meeting-level warning concerns.</extracomment>
        <translation>
            <numerusform>%n warning and {0}</numerusform>
            <numerusform>%n warnings and {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not understood</source>
        <translation>
            <numerusform>%n line not understood</numerusform>
            <numerusform>%n lines not understood</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message numerus="yes">
        <source>%n meeting(s) on the server.</source>
        <translation>
            <numerusform>%n meeting on the server.</numerusform>
            <numerusform>%n meetings on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message numerus="yes">
        <source>Remove “{title}” and its %n segment(s)?</source>
        <translation>
            <numerusform>Remove “{title}” and its segment?</numerusform>
            <numerusform>Remove “{title}” and its %n segments?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message numerus="yes">
        <source>%n participant(s) to import from {0}</source>
        <translation>
            <numerusform>%n participant to import from {0}</numerusform>
            <numerusform>%n participants to import from {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n row rejected</numerusform>
            <numerusform>%n rows rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out</source>
        <translation>
            <numerusform>%n duplicate left out</numerusform>
            <numerusform>%n duplicates left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not understood (defaults used)</source>
        <translation>
            <numerusform>%n value not understood (defaults used)</numerusform>
            <numerusform>%n values not understood (defaults used)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message numerus="yes">
        <source>{0} of %n interventions</source>
        <translation>
            <numerusform>{0} of %n intervention</numerusform>
            <numerusform>{0} of %n interventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} and %n more</numerusform>
            <numerusform>{0} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %n participants</source>
        <translation>
            <numerusform>Import of %n participant</numerusform>
            <numerusform>Import of %n participants</numerusform>
        </translation>
    </message>
</context>
</TS>
