<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddressesDialog</name>
    <message>
        <source>Standing items addressed</source>
        <translation>Points permanents traités</translation>
    </message>
    <message>
        <source>Space ticks, Enter confirms.</source>
        <translation>Espace coche, Entrée valide.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Programme imported before</source>
        <translation>Programme déjà importé</translation>
    </message>
    <message>
        <source>This programme was imported before, as meeting {0} (“{1}”). Open that meeting, or import the programme again as a new meeting?</source>
        <translation>Ce programme a déjà été importé, comme réunion {0} (« {1} »). Ouvrir cette réunion, ou importer à nouveau le programme comme nouvelle réunion ?</translation>
    </message>
    <message>
        <source>&amp;Open meeting {0}</source>
        <translation>&amp;Ouvrir la réunion {0}</translation>
    </message>
    <message>
        <source>&amp;Import again</source>
        <translation>&amp;Importer à nouveau</translation>
    </message>
    <message>
        <source>Check the imported programme</source>
        <translation>Vérifier le programme importé</translation>
    </message>
    <message>
        <source>Cannot create the meeting</source>
        <translation>Impossible de créer la réunion</translation>
    </message>
    <message>
        <source>Cannot join the meeting</source>
        <translation>Impossible de rejoindre la réunion</translation>
    </message>
    <message>
        <source>Cannot open the meeting</source>
        <translation>Impossible d&apos;ouvrir la réunion</translation>
    </message>
    <message>
        <source>This meeting is damaged</source>
        <translation>Cette réunion est endommagée</translation>
    </message>
    <message>
        <source>Backups are in {0}.</source>
        <translation>Les sauvegardes sont dans {0}.</translation>
    </message>
    <message>
        <source>Open &amp;read-only up to event {0}</source>
        <translation>Ouvrir en &amp;lecture seule jusqu&apos;à l&apos;événement {0}</translation>
    </message>
    <message>
        <source>up to event {0}; event {1} is damaged. Nothing can be changed here; restore a backup to go on with the meeting.</source>
        <translation>jusqu&apos;à l&apos;événement {0} ; l&apos;événement {1} est endommagé. Rien ne peut être modifié ici ; restaurez une sauvegarde pour poursuivre la réunion.</translation>
    </message>
    <message>
        <source>Cannot rehearse</source>
        <translation>Impossible de répéter</translation>
    </message>
    <message>
        <source>a practice copy on the meeting&apos;s day, {0}, from {1}; nothing done here is kept</source>
        <translation>une copie d&apos;entraînement le jour de la réunion, {0}, à partir de {1} ; rien de ce qui est fait ici n&apos;est conservé</translation>
    </message>
    <message>
        <source>a practice copy (not kept)</source>
        <translation>une copie d&apos;entraînement (non conservée)</translation>
    </message>
    <message>
        <source>Rename the meeting</source>
        <translation>Renommer la réunion</translation>
    </message>
    <message>
        <source>Name in the list:</source>
        <translation>Nom dans la liste :</translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation>Impossible de dupliquer</translation>
    </message>
    <message>
        <source>Delete the meeting?</source>
        <translation>Supprimer la réunion ?</translation>
    </message>
    <message>
        <source>Delete “{0}” ({1}) and everything recorded in it? A backup of the database is taken first.</source>
        <translation>Supprimer « {0} » ({1}) et tout ce qui y a été enregistré ? Une sauvegarde de la base de données est faite auparavant.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Impossible de supprimer</translation>
    </message>
    <message>
        <source>Deleted “{0}”. The backup taken first is {1}.</source>
        <translation>« {0} » supprimée. La sauvegarde faite auparavant est {1}.</translation>
    </message>
    <message>
        <source>Open it read-only, to view and export?</source>
        <extracomment>How long an action waits for another program&apos;s hold on the database before it says &quot;busy&quot;: short, because it waits on the GUI thread, where the clocks are painted (5 s froze the window). The seat&apos;s name until somebody gives it one (Meeting → Seat name…, Ctrl+Shift+M): recorded with every event and shown in the review and the record, so never the computer&apos;s login name.</extracomment>
        <translation>L&apos;ouvrir en lecture seule, pour la consulter et l&apos;exporter ?</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>L&apos;ouvrir en lecture seule ?</translation>
    </message>
    <message>
        <source>Open the newest backup?</source>
        <translation>Ouvrir la sauvegarde la plus récente ?</translation>
    </message>
    <message>
        <source>Opening the meeting database…</source>
        <translation>Ouverture de la base de données des réunions…</translation>
    </message>
    <message>
        <source>Something went wrong while listing the meetings; details are in {0}.</source>
        <translation>Une erreur s&apos;est produite en listant les réunions ; les détails sont dans {0}.</translation>
    </message>
</context>
<context>
    <name>BigClock</name>
    <message>
        <source>Segment clock</source>
        <translation>Horloge du segment</translation>
    </message>
</context>
<context>
    <name>CapacityPanel</name>
    <message>
        <source>Panel {0}</source>
        <translation>Groupe de discussion {0}</translation>
    </message>
    <message>
        <source>Standing item {0}</source>
        <translation>Point permanent {0}</translation>
    </message>
    <message>
        <source>Sitting {n} {start}–{end}: {used} of {capacity} min</source>
        <translation>Séance {n} {start}–{end} : {used} sur {capacity} min</translation>
    </message>
    <message>
        <source> — runs {late} min over</source>
        <translation> — dépasse de {late} min</translation>
    </message>
    <message>
        <source> — full</source>
        <translation> — complète</translation>
    </message>
    <message>
        <source> — {free} min free</source>
        <translation> — {free} min libres</translation>
    </message>
    <message>
        <source>{title} ends at {end}, {late} min after the sitting ends</source>
        <translation>{title} se termine à {end}, {late} min après la fin de la séance</translation>
    </message>
    <message>
        <source> (and {n} more after it, until {end})</source>
        <translation> (et {n} autres après, jusqu&apos;à {end})</translation>
    </message>
    <message>
        <source>{title} ({minutes} min) does not fit in the {free} min left and moves to sitting {to}</source>
        <translation>{title} ({minutes} min) ne tient pas dans les {free} min restantes et passe à la séance {to}</translation>
    </message>
    <message>
        <source>No sittings are set: {planned} min planned.</source>
        <translation>Aucune séance n&apos;est définie : {planned} min prévues.</translation>
    </message>
    <message>
        <source>The plan is {over} min longer than the day ({planned} of {cap} min).</source>
        <translation>Le programme dépasse la journée de {over} min ({planned} sur {cap} min).</translation>
    </message>
    <message>
        <source>The plan ({planned} of {cap} min) would fit, but not in the sittings as laid out.</source>
        <translation>Le programme ({planned} sur {cap} min) tiendrait, mais pas dans les séances telles qu&apos;elles sont réparties.</translation>
    </message>
    <message>
        <source>The plan fills the day exactly ({cap} min).</source>
        <translation>Le programme remplit exactement la journée ({cap} min).</translation>
    </message>
    <message>
        <source>The plan fits, with {free} min to spare ({planned} of {cap} min).</source>
        <translation>Le programme tient, avec {free} min de marge ({planned} sur {cap} min).</translation>
    </message>
</context>
<context>
    <name>CapturePane</name>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>(category)</source>
        <translation>(catégorie)</translation>
    </message>
    <message>
        <source>(room / online)</source>
        <translation>(dans la salle / en ligne)</translation>
    </message>
    <message>
        <source>Tags: type to filter, Space ticks</source>
        <translation>Sujets : tapez pour filtrer, Espace coche</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Guiding questions answered</source>
        <translation>Questions directrices traitées</translation>
    </message>
    <message>
        <source>Questions this answer answers</source>
        <translation>Questions auxquelles cette réponse répond</translation>
    </message>
    <message>
        <source>Summary (Ctrl+Enter saves)</source>
        <translation>Résumé (Ctrl+Entrée enregistre)</translation>
    </message>
    <message>
        <source>F&amp;ollow-up needed</source>
        <translation>Suite à d&amp;onner</translation>
    </message>
    <message>
        <source>Q&amp;uotable</source>
        <translation>&amp;Citable</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>New from the floor (Ctrl+Shift+F)</source>
        <translation>Nouvelle à partir de la tribune (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Orateur :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>Résu&amp;mé :</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Sujets :</translation>
    </message>
    <message>
        <source>Guiding &amp;questions:</source>
        <translation>&amp;Questions directrices :</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>&amp;Réponses :</translation>
    </message>
    <message>
        <source>Editing {0}</source>
        <translation>Modification de {0}</translation>
    </message>
    <message>
        <source>New intervention</source>
        <translation>Nouvelle intervention</translation>
    </message>
    <message>
        <source>Q{0}. {1}</source>
        <translation>Q{0}. {1}</translation>
    </message>
    <message>
        <source>Saved the changes to {0}.</source>
        <translation>Modifications de {0} enregistrées.</translation>
    </message>
    <message>
        <source>Intervention saved.</source>
        <translation>Intervention enregistrée.</translation>
    </message>
    <message>
        <source>{0} (restored draft)</source>
        <translation>{0} (brouillon restauré)</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Where the keys work: anywhere in the console window (the menu entries), only in the capture pane (and its fields), or only in the interventions list.</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation>&amp;Orateurs</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Saisie</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <extracomment>The menus, in the menu bar&apos;s order (Help follows them; see facilitator.ui.help). Where each context&apos;s keys are said to work, in the shortcuts sheet.</extracomment>
        <translation>Partout</translation>
    </message>
    <message>
        <source>In the capture pane</source>
        <translation>Dans le volet de saisie</translation>
    </message>
    <message>
        <source>In the interventions list</source>
        <translation>Dans la liste des interventions</translation>
    </message>
    <message>
        <source>&amp;Export record…</source>
        <translation>&amp;Exporter le compte rendu…</translation>
    </message>
    <message>
        <source>Export the session record (Word, PDF, HTML, Markdown, CSV, JSON), with a preview</source>
        <translation>Exporter le compte rendu de la séance (Word, PDF, HTML, Markdown, CSV, JSON), avec un aperçu</translation>
    </message>
    <message>
        <source>&amp;Rehearse this meeting…</source>
        <translation>&amp;Répéter cette réunion…</translation>
    </message>
    <message>
        <source>Run through this meeting on a practice copy, on its day&apos;s clock; nothing is kept</source>
        <translation>Dérouler cette réunion sur une copie d&apos;entraînement, à l&apos;heure de son jour ; rien n&apos;est conservé</translation>
    </message>
    <message>
        <source>&amp;Meetings…</source>
        <translation>&amp;Réunions…</translation>
    </message>
    <message>
        <source>Back to the list of meetings (asks first while the meeting is under way)</source>
        <translation>Retour à la liste des réunions (demande confirmation pendant la réunion)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Facilitator (the meeting is saved)</source>
        <translation>Quitter Facilitator (la réunion est enregistrée)</translation>
    </message>
    <message>
        <source>&amp;Start / pause</source>
        <translation>&amp;Démarrer / suspendre</translation>
    </message>
    <message>
        <source>Start the next segment, or pause and resume the current one</source>
        <translation>Démarrer le segment suivant, ou suspendre et reprendre le segment en cours</translation>
    </message>
    <message>
        <source>Start/Pause</source>
        <translation>Démarrer/Suspendre</translation>
    </message>
    <message>
        <source>&amp;Next segment</source>
        <translation>Segment &amp;suivant</translation>
    </message>
    <message>
        <source>Finish this segment and start the next</source>
        <translation>Terminer ce segment et démarrer le suivant</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Go back to the previous segment; its clock resumes</source>
        <translation>Revenir au segment précédent ; son horloge reprend</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>&amp;Jump to segment…</source>
        <translation>&amp;Aller au segment…</translation>
    </message>
    <message>
        <source>Start any segment of the day</source>
        <translation>Démarrer n&apos;importe quel segment de la journée</translation>
    </message>
    <message>
        <source>Jump…</source>
        <translation>Aller à…</translation>
    </message>
    <message>
        <source>Extend by &amp;1 minute</source>
        <translation>Prolonger de &amp;1 minute</translation>
    </message>
    <message>
        <source>Give the current segment one more minute</source>
        <translation>Donner une minute de plus au segment en cours</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Extend by &amp;5 minutes</source>
        <translation>Prolonger de &amp;5 minutes</translation>
    </message>
    <message>
        <source>Give the current segment five more minutes</source>
        <translation>Donner cinq minutes de plus au segment en cours</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>S&amp;horten by 1 minute</source>
        <translation>Raccourcir de 1 &amp;minute</translation>
    </message>
    <message>
        <source>Take one minute from the current segment</source>
        <translation>Retirer une minute au segment en cours</translation>
    </message>
    <message>
        <source>&amp;Finish segment</source>
        <translation>&amp;Terminer le segment</translation>
    </message>
    <message>
        <source>Finish the current segment without starting the next</source>
        <translation>Terminer le segment en cours sans démarrer le suivant</translation>
    </message>
    <message>
        <source>&amp;End the sitting</source>
        <translation>&amp;Lever la séance</translation>
    </message>
    <message>
        <source>End the sitting under way (lunch, or the day)</source>
        <translation>Lever la séance en cours (pause déjeuner ou fin de journée)</translation>
    </message>
    <message>
        <source>End sitting</source>
        <translation>Lever la séance</translation>
    </message>
    <message>
        <source>&amp;Call the next speaker</source>
        <translation>&amp;Donner la parole à l&apos;orateur suivant</translation>
    </message>
    <message>
        <source>Give the floor to the first speaker waiting; their clock starts</source>
        <translation>Donner la parole au premier orateur inscrit ; son horloge démarre</translation>
    </message>
    <message>
        <source>Call the selected speaker</source>
        <translation>Donner la parole à l&apos;orateur sélectionné</translation>
    </message>
    <message>
        <source>Give the floor to the speaker selected in the list</source>
        <translation>Donner la parole à l&apos;orateur sélectionné dans la liste</translation>
    </message>
    <message>
        <source>&amp;Hold / resume the speaker</source>
        <translation>&amp;Suspendre / reprendre l&apos;orateur</translation>
    </message>
    <message>
        <source>Hold the speaker&apos;s clock (interpretation, connection) and resume it</source>
        <translation>Suspendre l&apos;horloge de l&apos;orateur (interprétation, connexion) et la reprendre</translation>
    </message>
    <message>
        <source>Give the speaker 30 s more</source>
        <translation>Donner 30 s de plus à l&apos;orateur</translation>
    </message>
    <message>
        <source>Extend the speaker&apos;s time by 30 s</source>
        <translation>Prolonger de 30 s le temps de l&apos;orateur</translation>
    </message>
    <message>
        <source>&amp;Finish the speaker</source>
        <translation>&amp;Clore l&apos;intervention</translation>
    </message>
    <message>
        <source>The speaker has finished</source>
        <translation>L&apos;orateur a terminé</translation>
    </message>
    <message>
        <source>&amp;Skip (one place down)</source>
        <translation>&amp;Passer (une place plus bas)</translation>
    </message>
    <message>
        <source>Move the selected speaker (or the one on the floor) one place down</source>
        <translation>Descendre d&apos;une place l&apos;orateur sélectionné (ou celui qui a la parole)</translation>
    </message>
    <message>
        <source>&amp;Defer to the end</source>
        <translation>&amp;Reporter à la fin</translation>
    </message>
    <message>
        <source>Move the selected speaker (or the one on the floor) to the end</source>
        <translation>Reporter à la fin l&apos;orateur sélectionné (ou celui qui a la parole)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Take the selected speaker (or the one on the floor) off the list</source>
        <translation>Retirer de la liste l&apos;orateur sélectionné (ou celui qui a la parole)</translation>
    </message>
    <message>
        <source>Put &amp;back on the list</source>
        <translation>Remettre sur la &amp;liste</translation>
    </message>
    <message>
        <source>Put a withdrawn or finished speaker back at the end of the list</source>
        <translation>Remettre un orateur retiré ou ayant parlé en fin de liste</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected speaker one place up</source>
        <translation>Monter d&apos;une place l&apos;orateur sélectionné</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected speaker one place down</source>
        <translation>Descendre d&apos;une place l&apos;orateur sélectionné</translation>
    </message>
    <message>
        <source>Move to the &amp;top</source>
        <translation>Placer en &amp;tête</translation>
    </message>
    <message>
        <source>Move the selected speaker to the top of the list</source>
        <translation>Placer l&apos;orateur sélectionné en tête de liste</translation>
    </message>
    <message>
        <source>Those not yet heard today first</source>
        <translation>D&apos;abord ceux qui n&apos;ont pas encore parlé aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Reorder the list: speakers not yet heard today first</source>
        <translation>Réordonner la liste : d&apos;abord les orateurs qui n&apos;ont pas encore parlé aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Alternate room and online</source>
        <translation>Alterner salle et en ligne</translation>
    </message>
    <message>
        <source>Reorder the list to alternate speakers in the room and online</source>
        <translation>Réordonner la liste pour alterner les orateurs dans la salle et en ligne</translation>
    </message>
    <message>
        <source>&amp;Balance the list</source>
        <translation>É&amp;quilibrer la liste</translation>
    </message>
    <message>
        <source>Reorder the list so that the stakeholder group least heard so far speaks next (by turns or speaking time, as chosen in the speakers dock)</source>
        <translation>Réordonner la liste pour que le groupe de parties prenantes le moins entendu jusqu&apos;ici parle ensuite (selon les tours ou le temps de parole, choisi dans le panneau des orateurs)</translation>
    </message>
    <message>
        <source>&amp;Point of order</source>
        <translation>&amp;Motion d&apos;ordre</translation>
    </message>
    <message>
        <source>Give the floor at once to a point of order (1:00); the speaker resumes after it</source>
        <translation>Donner immédiatement la parole pour une motion d&apos;ordre (1:00) ; l&apos;orateur reprend ensuite</translation>
    </message>
    <message>
        <source>Right of repl&amp;y</source>
        <translation>Droit de ré&amp;ponse</translation>
    </message>
    <message>
        <source>Give the floor at once to a right of reply (2:00); the speaker resumes after it</source>
        <translation>Donner immédiatement la parole pour un droit de réponse (2:00) ; l&apos;orateur reprend ensuite</translation>
    </message>
    <message>
        <source>&amp;Add a speaker…</source>
        <translation>&amp;Ajouter un orateur…</translation>
    </message>
    <message>
        <source>Type a registered name, or “Name, Organization” for a guest</source>
        <translation>Tapez un nom inscrit, ou « Nom, Organisation » pour un invité</translation>
    </message>
    <message>
        <source>Standing items &amp;addressed…</source>
        <translation>Points permanents &amp;traités…</translation>
    </message>
    <message>
        <source>Which standing items the selected speaker will address</source>
        <translation>Les points permanents que l&apos;orateur sélectionné traitera</translation>
    </message>
    <message>
        <source>Speaking &amp;limit…</source>
        <translation>&amp;Temps de parole…</translation>
    </message>
    <message>
        <source>Set the speaking time per speaker for this list</source>
        <translation>Fixer le temps de parole par orateur pour cette liste</translation>
    </message>
    <message>
        <source>Close / reopen the &amp;list</source>
        <translation>Clore / rouvrir la l&amp;iste</translation>
    </message>
    <message>
        <source>Close the list to new requests, or reopen it</source>
        <translation>Clore la liste aux nouvelles demandes, ou la rouvrir</translation>
    </message>
    <message>
        <source>&amp;Import registrations…</source>
        <translation>&amp;Importer les inscriptions…</translation>
    </message>
    <message>
        <source>Add participants from a registration list (.csv, .xlsx)</source>
        <translation>Ajouter des participants à partir d&apos;une liste d&apos;inscription (.csv, .xlsx)</translation>
    </message>
    <message>
        <source>&amp;New intervention from the floor</source>
        <translation>&amp;Nouvelle intervention à partir de la tribune</translation>
    </message>
    <message>
        <source>Start capturing the speaker on the floor, prefilled</source>
        <translation>Commencer la saisie de l&apos;orateur qui a la parole, prérempli</translation>
    </message>
    <message>
        <source>Go to the &amp;capture</source>
        <translation>Aller à la &amp;saisie</translation>
    </message>
    <message>
        <source>Move the keyboard to the summary of the intervention being captured</source>
        <translation>Placer le clavier dans le résumé de l&apos;intervention en cours de saisie</translation>
    </message>
    <message>
        <source>Go to the &amp;interventions</source>
        <translation>Aller aux &amp;interventions</translation>
    </message>
    <message>
        <source>Find, review and edit what was captured</source>
        <translation>Chercher, revoir et modifier ce qui a été saisi</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Votre &amp;nom…</translation>
    </message>
    <message>
        <source>The name recorded with everything you do and capture (a rapporteur&apos;s name)</source>
        <translation>Le nom enregistré avec tout ce que vous faites et saisissez (le nom d&apos;un rapporteur)</translation>
    </message>
    <message>
        <source>Save the intervention</source>
        <translation>Enregistrer l&apos;intervention</translation>
    </message>
    <message>
        <source>Save the intervention being captured</source>
        <translation>Enregistrer l&apos;intervention en cours de saisie</translation>
    </message>
    <message>
        <source>Leave the field</source>
        <translation>Quitter le champ</translation>
    </message>
    <message>
        <source>Leave a field: the single keys are the Co-Chair&apos;s again</source>
        <translation>Quitter un champ : les touches simples reviennent aux Coprésidents</translation>
    </message>
    <message>
        <source>Delete the intervention</source>
        <translation>Supprimer l&apos;intervention</translation>
    </message>
    <message>
        <source>Delete the selected intervention (Ctrl+Z undoes)</source>
        <translation>Supprimer l&apos;intervention sélectionnée (Ctrl+Z annule)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo this seat&apos;s last action</source>
        <translation>Annuler la dernière action de ce poste</translation>
    </message>
    <message>
        <source>Redo what this seat undid</source>
        <translation>Rétablir ce que ce poste a annulé</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo another seat&apos;s step…</source>
        <translation>Annuler l’étape d’un autre poste…</translation>
    </message>
    <message>
        <source>Undo the latest step of another seat, named with who took it (asks first)</source>
        <translation>Annuler la dernière étape d’un autre poste, nommée avec son auteur (demande confirmation)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Edit &amp;programme…</source>
        <translation>Modifier le &amp;programme…</translation>
    </message>
    <message>
        <source>Edit items and segments</source>
        <translation>Modifier les points et les segments</translation>
    </message>
    <message>
        <source>&amp;Room display</source>
        <translation>Affichage en &amp;salle</translation>
    </message>
    <message>
        <source>Show or hide the display for the room, full screen on the last screen</source>
        <translation>Afficher ou masquer l&apos;affichage pour la salle, en plein écran sur le dernier écran</translation>
    </message>
    <message>
        <source>Go to the &amp;agenda</source>
        <translation>Aller à l&apos;&amp;ordre du jour</translation>
    </message>
    <message>
        <source>Move the keyboard to the agenda (Enter starts the selected segment)</source>
        <translation>Placer le clavier dans l&apos;ordre du jour (Entrée démarre le segment sélectionné)</translation>
    </message>
    <message>
        <source>Go to the &amp;speakers</source>
        <translation>Aller aux &amp;orateurs</translation>
    </message>
    <message>
        <source>Move the keyboard to the list of speakers</source>
        <translation>Placer le clavier dans la liste des orateurs</translation>
    </message>
    <message>
        <source>Facilitator — console</source>
        <extracomment>Words of a banner: as they are, or a function that says them in the interface&apos;s language. The console built again in another language (View → Language), which takes this one&apos;s place on the same controller (ui/relanguage.py); whoever wired this one wires it too.</extracomment>
        <translation>Facilitator — console</translation>
    </message>
    <message>
        <source>Time in the meeting&apos;s time zone</source>
        <translation>Heure dans le fuseau horaire de la réunion</translation>
    </message>
    <message>
        <source>Running offset</source>
        <translation>Avance ou retard</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Orateurs</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Recorded as: {0}</source>
        <translation>Enregistré sous le nom : {0}</translation>
    </message>
    <message>
        <source>Select an intervention in the list first.</source>
        <translation>Sélectionnez d&apos;abord une intervention dans la liste.</translation>
    </message>
    <message>
        <source>Room display &amp;screen</source>
        <translation>É&amp;cran de l&apos;affichage en salle</translation>
    </message>
    <message>
        <source>Undo: {0}</source>
        <translation>Annuler : {0}</translation>
    </message>
    <message>
        <source>Redo: {0}</source>
        <translation>Rétablir : {0}</translation>
    </message>
    <message>
        <source>Undo {0}’s step: {1}…</source>
        <translation>Annuler l’étape de {0} : {1}…</translation>
    </message>
    <message>
        <source>No other seat has a step to undo.</source>
        <translation>Aucun autre poste n’a d’étape à annuler.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>RÉPÉTITION</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>LECTURE SEULE</translation>
    </message>
    <message>
        <source>NOT CONNECTED — the other seats&apos; changes are not reaching this one ({0}). Reconnecting by itself; keys that change the meeting are refused meanwhile, and what you type is kept.</source>
        <translation>NON CONNECTÉ — les modifications des autres postes n&apos;arrivent pas jusqu&apos;à celui-ci ({0}). Reconnexion automatique ; les touches qui modifient la réunion sont refusées en attendant, et ce que vous tapez est conservé.</translation>
    </message>
    <message>
        <source>Select a speaker in the list first (Ctrl+2, then the arrows).</source>
        <translation>Sélectionnez d&apos;abord un orateur dans la liste (Ctrl+2, puis les flèches).</translation>
    </message>
    <message>
        <source>There is no segment to keep a list of speakers for.</source>
        <translation>Il n&apos;y a aucun segment pour lequel tenir une liste d&apos;orateurs.</translation>
    </message>
    <message>
        <source>{0} registered participants match “{1}”. Pick one from the list (Down, then Enter), or type more of the name.</source>
        <translation>{0} participants inscrits correspondent à « {1} ». Choisissez-en un dans la liste (Bas, puis Entrée), ou tapez davantage du nom.</translation>
    </message>
    <message>
        <source>“{0}” is not a registered participant. Choose a name from the list, or add a guest as “Name, Organization”.</source>
        <translation>« {0} » n&apos;est pas un participant inscrit. Choisissez un nom dans la liste, ou ajoutez un invité sous la forme « Nom, Organisation ».</translation>
    </message>
    <message>
        <source>There is no segment to set a speaking limit for.</source>
        <translation>Il n&apos;y a aucun segment pour lequel fixer un temps de parole.</translation>
    </message>
    <message>
        <source>Write the limit as minutes:seconds, e.g. 2:30.</source>
        <translation>Écrivez le temps de parole en minutes:secondes, par exemple 2:30.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>A widget&apos;s place in its window: each step the child&apos;s class and its rank among the parent&apos;s children of that class (a console built again is built in the same order).</extracomment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>Comme le système ({0})</translation>
    </message>
    <message>
        <source>An export is being written. Choose the language again when it is done; the choice is kept for the next start too.</source>
        <translation>Un export est en cours d’écriture. Choisissez de nouveau la langue quand il sera terminé ; ce choix est aussi conservé pour le prochain démarrage.</translation>
    </message>
    <message>
        <source>The language could not be changed; the console goes on as it was, the meeting untouched. Details are in {0}.</source>
        <translation>La langue n’a pas pu être changée ; la console continue comme avant, sans que la réunion soit touchée. Les détails sont dans {0}.</translation>
    </message>
</context>
<context>
    <name>DisplaySeat</name>
    <message>
        <source>Room display — {0}</source>
        <translation>Affichage en salle — {0}</translation>
    </message>
    <message>
        <source>Not connected to the meeting ({0}); reconnecting. The clocks run on from the last events received.</source>
        <translation>Pas de connexion à la réunion ({0}) ; reconnexion en cours. Les horloges continuent à partir des derniers événements reçus.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the session record</source>
        <extracomment>How long the choices must settle (a few boxes unticked in a row) before the preview is built. The preview is built at most once per this interval, however fast captures come in. A long record&apos;s preview stops after this many entries and rows per table (see formats/record/preview.py: Qt sets that much HTML in a few milliseconds, in parts). Between two parts of a preview (see RecordPreview._add_part): a paragraph one pixel high that holds a zero-width space. The last part of the preview given to :meth:`show_parts` is in. An export that ended after the dialog was closed: (sentence, is_error), for the console.</extracomment>
        <translation>Exporter le compte rendu de la séance</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Preview of the record</source>
        <translation>Aperçu du compte rendu</translation>
    </message>
    <message>
        <source>Export in progress</source>
        <translation>Exportation en cours</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Show the files written in the file manager</source>
        <translation>Montrer les fichiers écrits dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Write the record (Enter)</source>
        <translation>Écrire le compte rendu (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Fermer cette fenêtre (Échap)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Record &amp;language</source>
        <translation>&amp;Langue du compte rendu</translation>
    </message>
    <message>
        <source>The record&apos;s language</source>
        <translation>La langue du compte rendu</translation>
    </message>
    <message>
        <source>{0} (headings)</source>
        <translation>{0} (titres)</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>&amp;Attributed: speakers by name and organization</source>
        <translation>&amp;Nominatif : orateurs par nom et organisation</translation>
    </message>
    <message>
        <source>&amp;Unattributed (Chatham House rule)</source>
        <translation>&amp;Anonyme (règle de Chatham House)</translation>
    </message>
    <message>
        <source>Unattributed: no name or organization appears anywhere, summaries included; speakers are shown by stakeholder category.</source>
        <translation>Anonyme : aucun nom ni aucune organisation n&apos;apparaît nulle part, résumés compris ; les orateurs sont désignés par leur catégorie de parties prenantes.</translation>
    </message>
    <message>
        <source>Still looks like a name or an organization (ticked: withheld):</source>
        <translation>Ressemble encore à un nom ou à une organisation (coché : masqué) :</translation>
    </message>
    <message>
        <source>Names left in the summaries</source>
        <translation>Noms restant dans les résumés</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Sections</translation>
    </message>
    <message>
        <source>CSV and JSON are always complete: every section is exported. The Co-Chairs&apos; summary takes what it needs from the whole record.</source>
        <translation>CSV et JSON sont toujours complets : toutes les sections sont exportées. Le résumé des Coprésidents prend ce dont il a besoin dans l&apos;ensemble du compte rendu.</translation>
    </message>
    <message>
        <source>Sa&amp;ve to:</source>
        <translation>Enre&amp;gistrer sous :</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the folder and the file name</source>
        <translation>Choisir le dossier et le nom du fichier</translation>
    </message>
    <message>
        <source>Three files: {0}.</source>
        <translation>Trois fichiers : {0}.</translation>
    </message>
    <message>
        <source>This is a folder: add a file name.</source>
        <translation>Ceci est un dossier : ajoutez un nom de fichier.</translation>
    </message>
    <message>
        <source>A file with this name exists and will be replaced.</source>
        <translation>Un fichier de ce nom existe et sera remplacé.</translation>
    </message>
    <message>
        <source>Preview shows the first {0} of {1} entries and {2} rows of each table, to stay quick; the files are {3} and will hold them all.</source>
        <translation>L&apos;aperçu montre les {0} premières entrées sur {1} et {2} lignes de chaque tableau, pour rester rapide ; les fichiers sont au format {3} et les contiendront toutes.</translation>
    </message>
    <message>
        <source>Preview shows the first {0} of {1} entries and {2} rows of each table, to stay quick; the file is {3} and will hold them all.</source>
        <translation>L&apos;aperçu montre les {0} premières entrées sur {1} et {2} lignes de chaque tableau, pour rester rapide ; le fichier est au format {3} et les contiendra toutes.</translation>
    </message>
    <message>
        <source>Preview shows the content; the files are {0}.</source>
        <translation>L&apos;aperçu montre le contenu ; les fichiers sont au format {0}.</translation>
    </message>
    <message>
        <source>Preview shows the content; the file is {0}.</source>
        <translation>L&apos;aperçu montre le contenu ; le fichier est au format {0}.</translation>
    </message>
    <message>
        <source>Tick at least one section.</source>
        <translation>Cochez au moins une section.</translation>
    </message>
    <message>
        <source>The preview could not be shown ({0}).</source>
        <translation>L&apos;aperçu n&apos;a pas pu être affiché ({0}).</translation>
    </message>
    <message>
        <source>The preview could not be shown ({0}). The details are in {1}.</source>
        <translation>L&apos;aperçu n&apos;a pas pu être affiché ({0}). Les détails sont dans {1}.</translation>
    </message>
    <message>
        <source>Choose where to save the record.</source>
        <translation>Choisissez où enregistrer le compte rendu.</translation>
    </message>
    <message>
        <source>Tick at least one section to export.</source>
        <translation>Cochez au moins une section à exporter.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Écriture de {0}…</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Enregistré : {0}</translation>
    </message>
    <message>
        <source>Saved {0} files in {1}:
{2}</source>
        <translation>{0} fichiers enregistrés dans {1} :
{2}</translation>
    </message>
    <message>
        <source>Record exported: {0}</source>
        <translation>Compte rendu exporté : {0}</translation>
    </message>
    <message>
        <source>The record was not exported: {0}</source>
        <translation>Le compte rendu n&apos;a pas été exporté : {0}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong and the record was not exported ({0}). The details are in {1}.</source>
        <translation>Une erreur inattendue s&apos;est produite et le compte rendu n&apos;a pas été exporté ({0}). Les détails sont dans {1}.</translation>
    </message>
    <message>
        <source>Could not open the folder {0}.</source>
        <translation>Impossible d&apos;ouvrir le dossier {0}.</translation>
    </message>
</context>
<context>
    <name>FairFloor</name>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Non-binary or other</source>
        <translation>Non binaire ou autre</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <source>Not youth</source>
        <translation>Non jeunes</translation>
    </message>
    <message>
        <source>Women</source>
        <extracomment>The groups as the heading of a count (&quot;Women: 3&quot;): plural-safe in every language.</extracomment>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Motion d&apos;ordre</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Droit de réponse</translation>
    </message>
    <message>
        <source>turns</source>
        <translation>tours de parole</translation>
    </message>
    <message>
        <source>speaking time</source>
        <translation>temps de parole</translation>
    </message>
    <message>
        <source>{group}: {count}</source>
        <translation>{group} : {count}</translation>
    </message>
    <message>
        <source>Balance the list by %1 (%2)</source>
        <translation>Équilibrer la liste (%1) (%2)</translation>
    </message>
    <message>
        <source>Remove the budget of %1</source>
        <translation>Supprimer le budget de %1</translation>
    </message>
    <message>
        <source>Budget of %1: %2 min</source>
        <translation>Budget de %1 : %2 min</translation>
    </message>
    <message>
        <source>%1: over budget by %2 (%3 of %4)</source>
        <translation>%1 : budget dépassé de %2 (%3 sur %4)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 used, %4 left</source>
        <translation>%1 : %2 sur %3 utilisés, %4 restants</translation>
    </message>
    <message>
        <source>, a limit of %1 fits the %2 waiting</source>
        <translation>, une limite de %1 convient aux %2 inscrits</translation>
    </message>
    <message>
        <source>, no limit fits the %1 waiting</source>
        <translation>, aucune limite ne convient aux %1 inscrits</translation>
    </message>
    <message>
        <source>No time budgets for this segment.</source>
        <translation>Aucun budget de temps pour ce segment.</translation>
    </message>
    <message>
        <source>Budgets: %1</source>
        <translation>Budgets : %1</translation>
    </message>
    <message>
        <source>%1 heard</source>
        <translation>%1 entendus</translation>
    </message>
    <message>
        <source>%1 next: %2, the only group waiting</source>
        <translation>%1 ensuite : %2, seul groupe inscrit</translation>
    </message>
    <message>
        <source>%1 next: %2 against %3 for %4</source>
        <translation>%1 ensuite : %2 contre %3 pour %4</translation>
    </message>
    <message>
        <source>Balance by</source>
        <translation>Équilibrer selon</translation>
    </message>
    <message>
        <source>Balance the list</source>
        <translation>Équilibrer la liste</translation>
    </message>
    <message>
        <source>Put the stakeholder group least heard so far next (Ctrl+B)</source>
        <translation>Donner la parole ensuite au groupe de parties prenantes le moins entendu jusqu&apos;ici (Ctrl+B)</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Budget in minutes (0: none)</source>
        <translation>Budget en minutes (0 : aucun)</translation>
    </message>
    <message>
        <source>Set budget</source>
        <translation>Fixer le budget</translation>
    </message>
    <message>
        <source>The group&apos;s speaking time for this segment (0: no budget)</source>
        <translation>Le temps de parole du groupe pour ce segment (0 : pas de budget)</translation>
    </message>
    <message>
        <source>Time budgets</source>
        <translation>Budgets de temps</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(non nommé)</translation>
    </message>
    <message>
        <source>Who has the floor?</source>
        <translation>Qui a la parole ?</translation>
    </message>
    <message>
        <source>%1: %2 resumes after it (X)</source>
        <translation>%1 : %2 reprend ensuite (X)</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message numerus="yes">
        <source>%n warning(s) and {0}</source>
        <extracomment>Which meeting field each meeting-level warning concerns.</extracomment>
        <translation>
            <numerusform>%n avertissement et {0}</numerusform>
            <numerusform>%n avertissements et {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not understood</source>
        <translation>
            <numerusform>%n ligne non comprise</numerusform>
            <numerusform>%n lignes non comprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>The import has {0}: check them in the Import warnings tab ({1}) before keeping the programme.</source>
        <translation>L&apos;importation a trouvé {0} : vérifiez-les dans l&apos;onglet Avertissements de l&apos;importation ({1}) avant de garder le programme.</translation>
    </message>
    <message>
        <source>Line {0}: </source>
        <translation>Ligne {0} : </translation>
    </message>
    <message>
        <source>Line {0}, not understood: {1}</source>
        <translation>Ligne {0}, non comprise : {1}</translation>
    </message>
    <message>
        <source>Every line of the document was understood.</source>
        <translation>Toutes les lignes du document ont été comprises.</translation>
    </message>
    <message>
        <source>What the import found to check. Lines not understood are in none of the fields: copy what matters into the programme by hand.</source>
        <translation>Ce que l&apos;importation a trouvé à vérifier. Les lignes non comprises ne figurent dans aucun champ : recopiez à la main dans le programme ce qui compte.</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>e.g. III</source>
        <extracomment>Kinds whose segments carry a number (&quot;Panel 2&quot;, &quot;Standing item 3&quot;).</extracomment>
        <translation>p. ex. III</translation>
    </message>
    <message>
        <source>One note per line</source>
        <translation>Une note par ligne</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Co-Chair: runs the agenda and the floor</source>
        <translation>Coprésident : conduit l&apos;ordre du jour et donne la parole</translation>
    </message>
    <message>
        <source>Rapporteur: captures and reviews</source>
        <translation>Rapporteur : saisit et revoit</translation>
    </message>
    <message>
        <source>Room display: shows the meeting, takes no command</source>
        <translation>Affichage en salle : montre la réunion, ne reçoit aucune commande</translation>
    </message>
    <message>
        <source>Join a meeting on a server</source>
        <translation>Rejoindre une réunion sur un serveur</translation>
    </message>
    <message>
        <source>the server&apos;s name or address, e.g. 10.0.0.5</source>
        <translation>le nom ou l&apos;adresse du serveur, p. ex. 10.0.0.5</translation>
    </message>
    <message>
        <source>your name, as the record will show it</source>
        <translation>votre nom, tel que le compte rendu l&apos;indiquera</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sé&amp;curité :</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>The password comes from PostgreSQL&apos;s password file (~/.pgpass) or PGPASSWORD; Facilitator never stores it.</source>
        <translation>Le mot de passe vient du fichier de mots de passe de PostgreSQL (~/.pgpass) ou de PGPASSWORD ; Facilitator ne le conserve jamais.</translation>
    </message>
    <message>
        <source>C&amp;onnect and list the meetings</source>
        <translation>Se c&amp;onnecter et lister les réunions</translation>
    </message>
    <message>
        <source>Meetings on the server</source>
        <translation>Réunions sur le serveur</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>Type the database&apos;s name (the Secretariat gives it).</source>
        <translation>Tapez le nom de la base de données (le Secrétariat le communique).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Cannot join: the server did not answer as a Facilitator database ({0}). Check the server&apos;s name, the port, the database and the user (the Secretariat gives them), and that this computer is on the meeting&apos;s network.</source>
        <translation>Impossible de rejoindre : le serveur n&apos;a pas répondu comme une base de données Facilitator ({0}). Vérifiez le nom du serveur, le port, la base de données et l&apos;utilisateur (le Secrétariat les communique), et que cet ordinateur est sur le réseau de la réunion.</translation>
    </message>
    <message>
        <source>There is no meeting on this server yet: the Secretariat copies one there first (facilitator copy-meeting MEETING --to ADDRESS).</source>
        <translation>Il n&apos;y a pas encore de réunion sur ce serveur : le Secrétariat doit d&apos;abord en copier une (facilitator copy-meeting MEETING --to ADDRESS).</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) on the server.</source>
        <translation>
            <numerusform>%n réunion sur le serveur.</numerusform>
            <numerusform>%n réunions sur le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your name: every event records who did it.</source>
        <translation>Tapez votre nom : chaque événement enregistre qui l&apos;a fait.</translation>
    </message>
</context>
<context>
    <name>JumpDialog</name>
    <message>
        <source>Jump to segment</source>
        <translation>Aller au segment</translation>
    </message>
    <message>
        <source>Type to filter, Enter to start</source>
        <translation>Tapez pour filtrer, Entrée pour démarrer</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Not given</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Hybrid (in the room and online)</source>
        <translation>Hybride (dans la salle et en ligne)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Sitting {0} must be written like 10:00–13:00 (one sitting a line).</source>
        <translation>La séance {0} doit s&apos;écrire comme 10:00–13:00 (une séance par ligne).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. 2024-07-10</source>
        <translation>AAAA-MM-JJ, p. ex. 2024-07-10</translation>
    </message>
    <message>
        <source>One sitting a line: 10:00–13:00</source>
        <translation>Une séance par ligne : 10:00–13:00</translation>
    </message>
    <message>
        <source>e.g. Microsoft Teams</source>
        <translation>p. ex. Microsoft Teams</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>Dat&amp;e :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Sittin&amp;gs:</source>
        <translation>Séan&amp;ces :</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Online &amp;platform:</source>
        <translation>&amp;Plateforme en ligne :</translation>
    </message>
    <message>
        <source>The date must be written like 2024-07-10, or empty.</source>
        <translation>La date doit s&apos;écrire comme 2024-07-10, ou rester vide.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Edit programme</source>
        <extracomment>Emitted after every edit, with the programme as it now is (it may be invalid).</extracomment>
        <translation>Modifier le programme</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Ajouter un &amp;point</translation>
    </message>
    <message>
        <source>A new agenda item after the selected one</source>
        <translation>Un nouveau point de l&apos;ordre du jour après celui qui est sélectionné</translation>
    </message>
    <message>
        <source>Add &amp;segment</source>
        <translation>Ajouter un &amp;segment</translation>
    </message>
    <message>
        <source>A new segment after the selected one</source>
        <translation>Un nouveau segment après celui qui est sélectionné</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected item or segment</source>
        <translation>Supprimer le point ou le segment sélectionné</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the selection one place up</source>
        <translation>Monter la sélection d&apos;une place</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move the selection one place down</source>
        <translation>Descendre la sélection d&apos;une place</translation>
    </message>
    <message>
        <source>Keep changes</source>
        <translation>Garder les modifications</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Select an item or a segment to edit it.</source>
        <translation>Sélectionnez un point ou un segment pour le modifier.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Keep the edited programme (Ctrl+Enter)</source>
        <translation>Garder le programme modifié (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Discard the edits (Esc)</source>
        <translation>Abandonner les modifications (Échap)</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Exposé</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Groupe de discussion</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>Questions-réponses</translation>
    </message>
    <message>
        <source>Standing item</source>
        <translation>Point permanent</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Débat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Meeting data</source>
        <translation>&amp;Données de la réunion</translation>
    </message>
    <message>
        <source>Title, date, time zone, sittings, venue, format, online platform ({0})</source>
        <translation>Titre, date, fuseau horaire, séances, lieu, format, plateforme en ligne ({0})</translation>
    </message>
    <message>
        <source>Import &amp;warnings</source>
        <translation>A&amp;vertissements de l&apos;importation</translation>
    </message>
    <message>
        <source>What the import found to check, and the lines it did not understand</source>
        <translation>Ce que l&apos;importation a trouvé à vérifier, et les lignes qu&apos;elle n&apos;a pas comprises</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>From the document, line {n}: “{text}”</source>
        <translation>Dans le document, ligne {n} : « {text} »</translation>
    </message>
    <message>
        <source>Segment (running now: it can be changed but not removed)</source>
        <translation>Segment (en cours : il peut être modifié mais pas supprimé)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>The scheduled start must be a time like 10:30, or empty.</source>
        <translation>L&apos;heure de début prévue doit être une heure comme 10:30, ou rester vide.</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouveau point</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>Impossible de supprimer</translation>
    </message>
    <message>
        <source>“{title}” is running now and cannot be removed. End it or move to another segment first.</source>
        <translation>« {title} » est en cours et ne peut pas être supprimé. Terminez-le ou passez d&apos;abord à un autre segment.</translation>
    </message>
    <message>
        <source>Item “{title}” holds the segment running now and cannot be removed.</source>
        <translation>Le point « {title} » contient le segment en cours et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Supprimer le point</translation>
    </message>
    <message numerus="yes">
        <source>Remove “{title}” and its %n segment(s)?</source>
        <translation>
            <numerusform>Supprimer « {title} » et son segment ?</numerusform>
            <numerusform>Supprimer « {title} » et ses %n segments ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot keep these changes: {problem}</source>
        <translation>Impossible de garder ces modifications : {problem}</translation>
    </message>
    <message>
        <source>Edited. Ctrl+Enter keeps the changes, Esc discards them.</source>
        <translation>Modifié. Ctrl+Entrée garde les modifications, Échap les abandonne.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Pas encore de modification.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Discard your changes to the programme?</source>
        <translation>Abandonner vos modifications du programme ?</translation>
    </message>
</context>
<context>
    <name>ProgrammeTreeModel</name>
    <message>
        <source>Agenda</source>
        <extracomment>The MIME type of a drag inside the agenda tree: the UTF-8 id of one item or segment. Emitted after every change, with the (possibly invalid) programme as it now is.</extracomment>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>{kind} · running</source>
        <translation>{kind} · en cours</translation>
    </message>
    <message>
        <source>Running now: it cannot be removed.</source>
        <translation>En cours : il ne peut pas être supprimé.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>Sitting {number} ({start}–{end})</source>
        <translation>Séance {number} ({start}–{end})</translation>
    </message>
    <message>
        <source>Sitting {number}</source>
        <translation>Séance {number}</translation>
    </message>
    <message>
        <source>The programme has no segment left to start.</source>
        <translation>Le programme n’a plus aucun segment à démarrer.</translation>
    </message>
    <message>
        <source>There is no segment after ‘{segment}’.</source>
        <translation>Il n’y a aucun segment après « {segment} ».</translation>
    </message>
    <message>
        <source>‘{segment}’ is already running.</source>
        <translation>« {segment} » est déjà en cours.</translation>
    </message>
    <message>
        <source>No segment is running.</source>
        <translation>Aucun segment n’est en cours.</translation>
    </message>
    <message>
        <source>‘{segment}’ is already paused.</source>
        <translation>« {segment} » est déjà suspendu.</translation>
    </message>
    <message>
        <source>The meeting is not paused.</source>
        <translation>La réunion n’est pas suspendue.</translation>
    </message>
    <message>
        <source>There is no segment before ‘{segment}’.</source>
        <translation>Il n’y a aucun segment avant « {segment} ».</translation>
    </message>
    <message>
        <source>No segment has run yet: there is nothing to go back to.</source>
        <translation>Aucun segment n’a encore eu lieu : il n’y a rien où revenir.</translation>
    </message>
    <message>
        <source>There is no segment ‘{segment}’ in the programme.</source>
        <translation>Le programme ne contient aucun segment « {segment} ».</translation>
    </message>
    <message>
        <source>‘{segment}’ is the current segment: resume it instead.</source>
        <translation>« {segment} » est le segment en cours : reprenez-le plutôt.</translation>
    </message>
    <message>
        <source>No segment is running: there is nothing to extend.</source>
        <translation>Aucun segment n’est en cours : il n’y a rien à prolonger.</translation>
    </message>
    <message>
        <source>Extend by a whole number of seconds other than zero.</source>
        <translation>Prolongez d’un nombre entier de secondes différent de zéro.</translation>
    </message>
    <message>
        <source>Extend by at most 24 hours at a time.</source>
        <translation>Prolongez de 24 heures au plus à la fois.</translation>
    </message>
    <message>
        <source>‘{segment}’ has {allotted} allotted: it cannot be shortened by {shortening}.</source>
        <translation>« {segment} » dispose de {allotted} : il ne peut pas être raccourci de {shortening}.</translation>
    </message>
    <message>
        <source>The programme has no sittings.</source>
        <translation>Le programme ne prévoit aucune séance.</translation>
    </message>
    <message>
        <source>There is no sitting {number}: the programme has {count}.</source>
        <translation>Il n’y a pas de séance {number} : le programme en compte {count}.</translation>
    </message>
    <message>
        <source>Every sitting of the programme has already started.</source>
        <translation>Toutes les séances du programme ont déjà commencé.</translation>
    </message>
    <message>
        <source>{sitting} has already started.</source>
        <translation>{sitting} a déjà commencé.</translation>
    </message>
    <message>
        <source>{sitting} is still running: end it first.</source>
        <translation>{sitting} est toujours en cours : levez-la d’abord.</translation>
    </message>
    <message>
        <source>No sitting is running.</source>
        <translation>Aucune séance n’est en cours.</translation>
    </message>
    <message>
        <source>{sitting} is not running.</source>
        <translation>{sitting} n’est pas en cours.</translation>
    </message>
    <message>
        <source>The edited programme is not valid: {reason}.</source>
        <translation>Le programme modifié n’est pas valide : {reason}.</translation>
    </message>
    <message>
        <source>‘{segment}’ is paused: it cannot be removed from the programme. Move on to another segment first.</source>
        <translation>« {segment} » est suspendu : il ne peut pas être retiré du programme. Passez d’abord à un autre segment.</translation>
    </message>
    <message>
        <source>‘{segment}’ is running: it cannot be removed from the programme. Move on to another segment first.</source>
        <translation>« {segment} » est en cours : il ne peut pas être retiré du programme. Passez d’abord à un autre segment.</translation>
    </message>
    <message>
        <source>The programme has not changed.</source>
        <translation>Le programme n’a pas changé.</translation>
    </message>
    <message>
        <source>Nothing of yours to undo: the latest step is {seat}&apos;s. To undo theirs, use Edit &gt; Undo another seat&apos;s step (Ctrl+Alt+Z).</source>
        <translation>Vous n’avez rien à annuler : la dernière étape est celle de {seat}. Pour l’annuler, utilisez Édition &gt; Annuler l’étape d’un autre poste (Ctrl+Alt+Z).</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>That step can no longer be undone: it was undone already, or its seat has taken another since. Look at Edit &gt; Undo another seat&apos;s step again.</source>
        <translation>Cette étape ne peut plus être annulée : elle l’a déjà été, ou son poste en a franchi une autre depuis. Consultez de nouveau Édition &gt; Annuler l’étape d’un autre poste.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Rien à rétablir.</translation>
    </message>
    <message>
        <source>An intervention is given as a draft or a mapping of its fields.</source>
        <translation>Une intervention se donne sous forme de brouillon ou de correspondance de ses champs.</translation>
    </message>
    <message>
        <source>‘{field}’ is not a field of an intervention.</source>
        <translation>« {field} » n’est pas un champ d’une intervention.</translation>
    </message>
    <message>
        <source>That intervention is not in the meeting (its capture may have been undone).</source>
        <translation>Cette intervention ne figure pas dans la réunion (sa saisie a peut-être été annulée).</translation>
    </message>
    <message>
        <source>An unnamed speaker’s {kind} ({id})</source>
        <translation>L’intervention {id} d’un orateur non nommé ({kind})</translation>
    </message>
    <message>
        <source>{speaker}’s {kind} ({id})</source>
        <translation>L’intervention {id} de {speaker} ({kind})</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} doit être du texte.</translation>
    </message>
    <message>
        <source>{field} is longer than {count} characters: shorten it.</source>
        <translation>{field} dépasse {count} caractères : raccourcissez le texte.</translation>
    </message>
    <message>
        <source>{field} holds a character that cannot be saved (a broken surrogate pair): delete it and type it again.</source>
        <translation>{field} contient un caractère qui ne peut pas être enregistré (une paire de substitution rompue) : supprimez-le et saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>{field} must be an id.</source>
        <translation>{field} doit être un identifiant.</translation>
    </message>
    <message>
        <source>Choose one of the stakeholder categories.</source>
        <translation>Choisissez l’une des catégories de parties prenantes.</translation>
    </message>
    <message>
        <source>Say whether the speaker was in the room or online.</source>
        <translation>Indiquez si l’orateur était dans la salle ou en ligne.</translation>
    </message>
    <message>
        <source>Choose the kind: question, statement, answer (panellist), recommendation, or input on related activities.</source>
        <translation>Choisissez le type : question, déclaration, réponse (intervenant), recommandation ou contribution sur des activités connexes.</translation>
    </message>
    <message>
        <source>{field} cannot be read: give the date, time and zone.</source>
        <translation>{field} est illisible : indiquez la date, l’heure et le fuseau horaire.</translation>
    </message>
    <message>
        <source>{field} must be a time.</source>
        <translation>{field} doit être une heure.</translation>
    </message>
    <message>
        <source>{field} has no time zone.</source>
        <translation>{field} n’a pas de fuseau horaire.</translation>
    </message>
    <message>
        <source>{field} must be a list of ids.</source>
        <translation>{field} : une liste d’identifiants est attendue.</translation>
    </message>
    <message>
        <source>“{field}” is either yes or no.</source>
        <translation>« {field} » vaut oui ou non.</translation>
    </message>
    <message>
        <source>The summary must be text.</source>
        <translation>Le résumé doit être du texte.</translation>
    </message>
    <message>
        <source>The summary is longer than {count} characters: split it into two interventions or shorten it.</source>
        <translation>Le résumé dépasse {count} caractères : répartissez-le sur deux interventions ou raccourcissez-le.</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>Le résumé</translation>
    </message>
    <message>
        <source>Choose guiding questions from the list.</source>
        <translation>Choisissez les questions directrices dans la liste.</translation>
    </message>
    <message>
        <source>The participant</source>
        <translation>Le participant</translation>
    </message>
    <message>
        <source>That participant is not registered: choose another one, or type the speaker’s name.</source>
        <translation>Ce participant n’est pas inscrit : choisissez-en un autre ou tapez le nom de l’orateur.</translation>
    </message>
    <message>
        <source>The speaker’s name</source>
        <translation>Le nom de l’orateur</translation>
    </message>
    <message>
        <source>Say who spoke: choose a participant or type a name.</source>
        <translation>Indiquez qui a pris la parole : choisissez un participant ou tapez un nom.</translation>
    </message>
    <message>
        <source>The organization</source>
        <translation>L’organisation</translation>
    </message>
    <message>
        <source>The queue entry</source>
        <translation>L’inscription sur la liste</translation>
    </message>
    <message>
        <source>That queue entry is on no list of speakers (it may have been undone).</source>
        <translation>Cette inscription ne figure sur aucune liste d’orateurs (elle a peut-être été annulée).</translation>
    </message>
    <message>
        <source>The start time</source>
        <translation>L’heure de début</translation>
    </message>
    <message>
        <source>The end time</source>
        <translation>L’heure de fin</translation>
    </message>
    <message>
        <source>The end ({end}) is before the start ({start}).</source>
        <translation>La fin ({end}) précède le début ({start}).</translation>
    </message>
    <message>
        <source>The tags</source>
        <translation>Les sujets</translation>
    </message>
    <message>
        <source>Tag the intervention with the segment it addresses (at least one).</source>
        <translation>Rattachez l’intervention au segment dont elle traite (au moins un).</translation>
    </message>
    <message>
        <source>That guiding question belongs to ‘{segment}’, which the intervention is not tagged with: add the tag first.</source>
        <translation>Cette question directrice relève de « {segment} », auquel l’intervention n’est pas rattachée : ajoutez d’abord ce sujet.</translation>
    </message>
    <message>
        <source>‘{segment}’ has no guiding question {number}.</source>
        <translation>« {segment} » n’a pas de question directrice {number}.</translation>
    </message>
    <message>
        <source>The answers</source>
        <translation>Les réponses</translation>
    </message>
    <message>
        <source>Only an answer (panellist) can be linked to the questions it answers: set its kind to “Answer (panellist)” first.</source>
        <translation>Seule une réponse (intervenant) peut être liée aux questions auxquelles elle répond : donnez-lui d’abord le type « Réponse (intervenant) ».</translation>
    </message>
    <message>
        <source>An answer cannot answer itself.</source>
        <translation>Une réponse ne peut pas se répondre à elle-même.</translation>
    </message>
    <message>
        <source>There is no intervention ‘{id}’ to answer (it may be deleted).</source>
        <translation>Il n’y a pas d’intervention « {id} » à laquelle répondre (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>{intervention} is not a question: only questions are answered.</source>
        <translation>{intervention} n’est pas une question : seules les questions reçoivent une réponse.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>Quotable</source>
        <translation>Citable</translation>
    </message>
    <message>
        <source>{intervention} is deleted: restore it to edit it.</source>
        <translation>{intervention} est supprimée : rétablissez-la pour la modifier.</translation>
    </message>
    <message>
        <source>Give the changes as field → new value.</source>
        <translation>Donnez les modifications sous la forme champ → nouvelle valeur.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <source>{intervention} is already deleted.</source>
        <translation>{intervention} est déjà supprimée.</translation>
    </message>
    <message>
        <source>{intervention} is not deleted.</source>
        <translation>{intervention} n’est pas supprimée.</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>the organization</source>
        <translation>l’organisation</translation>
    </message>
    <message>
        <source>the gender</source>
        <translation>le genre</translation>
    </message>
    <message>
        <source>{field} is not text</source>
        <translation>{field} n’est pas du texte</translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation>{field} est vide</translation>
    </message>
    <message>
        <source>{field} is longer than {count} characters</source>
        <translation>{field} dépasse {count} caractères</translation>
    </message>
    <message>
        <source>{field} holds a character that cannot be saved (a broken surrogate pair): delete it and type it again</source>
        <translation>{field} contient un caractère qui ne peut pas être enregistré (une paire de substitution rompue) : supprimez-le et saisissez-le de nouveau</translation>
    </message>
    <message>
        <source>the category is not one of the stakeholder categories</source>
        <translation>la catégorie n’est pas l’une des catégories de parties prenantes</translation>
    </message>
    <message>
        <source>the attendance is neither in the room nor online</source>
        <translation>la participation n’est ni en salle ni en ligne</translation>
    </message>
    <message>
        <source>the youth status is neither yes nor no</source>
        <translation>le statut de jeune n’est ni oui ni non</translation>
    </message>
    <message>
        <source>a participant is not an object</source>
        <translation>un participant n’est pas un objet</translation>
    </message>
    <message>
        <source>the id is not text</source>
        <translation>l’identifiant n’est pas du texte</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>l’identifiant est vide</translation>
    </message>
    <message>
        <source>the category {value} is not known</source>
        <translation>la catégorie {value} est inconnue</translation>
    </message>
    <message>
        <source>the attendance {value} is not known</source>
        <translation>la participation {value} est inconnue</translation>
    </message>
    <message>
        <source>the youth status is neither true nor false</source>
        <translation>le statut de jeune n’est ni vrai ni faux</translation>
    </message>
    <message>
        <source>the guest flag is neither true nor false</source>
        <translation>l’indicateur d’invité n’est ni vrai ni faux</translation>
    </message>
    <message>
        <source>the programme has no title</source>
        <translation>le programme n’a pas de titre</translation>
    </message>
    <message>
        <source>the programme has no agenda items</source>
        <translation>le programme n’a aucun point à l’ordre du jour</translation>
    </message>
    <message>
        <source>unknown time zone &apos;{zone}&apos;</source>
        <translation>fuseau horaire inconnu « {zone} »</translation>
    </message>
    <message>
        <source>sitting {sitting} ends ({end}) before it starts ({start})</source>
        <translation>la séance {sitting} se termine ({end}) avant de commencer ({start})</translation>
    </message>
    <message>
        <source>sitting {sitting} starts before sitting {previous} ends</source>
        <translation>la séance {sitting} commence avant la fin de la séance {previous}</translation>
    </message>
    <message>
        <source>agenda item {item} has no title</source>
        <translation>le point {item} de l’ordre du jour n’a pas de titre</translation>
    </message>
    <message>
        <source>two agenda items share the id &apos;{id}&apos;</source>
        <translation>deux points de l’ordre du jour ont le même identifiant « {id} »</translation>
    </message>
    <message>
        <source>in item &apos;{item}&apos;, segment &apos;{segment}&apos;</source>
        <translation>dans le point « {item} », segment « {segment} »</translation>
    </message>
    <message>
        <source>{where}: the id &apos;{id}&apos; is used twice</source>
        <translation>{where} : l’identifiant « {id} » est utilisé deux fois</translation>
    </message>
    <message>
        <source>in item &apos;{item}&apos;: a segment has no title</source>
        <translation>dans le point « {item} » : un segment n’a pas de titre</translation>
    </message>
    <message>
        <source>{where}: planned minutes must be a whole number</source>
        <translation>{where} : les minutes prévues doivent être un nombre entier</translation>
    </message>
    <message>
        <source>{where}: planned minutes must be between 0 and 1440</source>
        <translation>{where} : les minutes prévues doivent être comprises entre 0 et 1440</translation>
    </message>
    <message>
        <source>{where}: a number must be between 1 and 999</source>
        <translation>{where} : un numéro doit être compris entre 1 et 999</translation>
    </message>
    <message>
        <source>{where}: only a Q&amp;A segment can follow a panel</source>
        <translation>{where} : seul un segment de questions-réponses peut suivre un groupe de discussion</translation>
    </message>
    <message>
        <source>{where}: it follows panel {panel}, which is not in this item</source>
        <translation>{where} : il suit le groupe de discussion {panel}, qui n’est pas dans ce point</translation>
    </message>
    <message>
        <source>{where}: a panellist or moderator has no name</source>
        <translation>{where} : un intervenant ou un modérateur n’a pas de nom</translation>
    </message>
    <message>
        <source>format_version: this file was written by a newer version of Facilitator (format {found}); this version reads format {readable}, please update</source>
        <translation>format_version : ce fichier a été écrit par une version plus récente de Facilitator (format {found}) ; cette version lit le format {readable}, veuillez la mettre à jour</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>{path}: must not be empty (or leave it out)</source>
        <translation>{path} : ne doit pas être vide (ou omettez-le)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>une table</translation>
    </message>
    <message>
        <source>the programme</source>
        <translation>le programme</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>{path}: unknown key {key} (did you mean &quot;{close}&quot;?); the keys allowed here are: {keys}</source>
        <translation>{path} : clé inconnue {key} (vouliez-vous dire « {close} » ?) ; les clés autorisées ici sont : {keys}</translation>
    </message>
    <message>
        <source>{path}: unknown key {key}; the keys allowed here are: {keys}</source>
        <translation>{path} : clé inconnue {key} ; les clés autorisées ici sont : {keys}</translation>
    </message>
    <message>
        <source>unknown top-level key {key} (did you mean &quot;{close}&quot;?); the keys allowed here are: {keys}</source>
        <translation>clé de premier niveau inconnue {key} (vouliez-vous dire « {close} » ?) ; les clés autorisées ici sont : {keys}</translation>
    </message>
    <message>
        <source>unknown top-level key {key}; the keys allowed here are: {keys}</source>
        <translation>clé de premier niveau inconnue {key} ; les clés autorisées ici sont : {keys}</translation>
    </message>
    <message>
        <source>{path}: missing</source>
        <translation>{path} : manquant</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>{path}: contains a character that is not valid text</source>
        <translation>{path} : contient un caractère qui n’est pas du texte valide</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>a whole number of at least {low}</source>
        <translation>un nombre entier supérieur ou égal à {low}</translation>
    </message>
    <message>
        <source>{path}: {number} is too large for a number</source>
        <translation>{path} : {number} est trop grand pour un numéro</translation>
    </message>
    <message>
        <source>{path}: {value} is not a real date</source>
        <translation>{path} : {value} n’est pas une date valide</translation>
    </message>
    <message>
        <source>a local time without UTC offset (&quot;10:00&quot;)</source>
        <translation>une heure locale sans décalage UTC (« 10:00 »)</translation>
    </message>
    <message>
        <source>{path}: {value} is not a time of day</source>
        <translation>{path} : {value} n’est pas une heure de la journée</translation>
    </message>
    <message>
        <source>a time (&quot;10:00&quot;)</source>
        <translation>une heure (« 10:00 »)</translation>
    </message>
    <message>
        <source>{path}: unknown {what} {value}; expected one of: {allowed}</source>
        <translation>{path} : {what} inconnu {value} ; valeurs attendues : {allowed}</translation>
    </message>
    <message>
        <source>one of: {allowed}</source>
        <translation>l’une des valeurs : {allowed}</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>{path}: unknown time zone {zone} (expected a name like &quot;Europe/Vienna&quot;)</source>
        <translation>{path} : fuseau horaire inconnu {zone} (un nom comme « Europe/Vienna » est attendu)</translation>
    </message>
    <message>
        <source>a date (&quot;2024-07-10&quot;)</source>
        <translation>une date (« 2024-07-10 »)</translation>
    </message>
    <message>
        <source>{path}: expected {expected}, got {value}</source>
        <translation>{path} : on attend {expected}, pas {value}</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>rien (null)</translation>
    </message>
    <message>
        <source>a very large number</source>
        <translation>un nombre très grand</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>une date et une heure</translation>
    </message>
    <message>
        <source>the date {date}</source>
        <translation>la date {date}</translation>
    </message>
    <message>
        <source>the time {time}</source>
        <translation>l’heure {time}</translation>
    </message>
    <message>
        <source>a value of type {type}</source>
        <translation>une valeur de type {type}</translation>
    </message>
    <message>
        <source>No segment is running and none is next: choose the segment whose list this is.</source>
        <translation>Aucun segment n’est en cours et aucun n’est le suivant : choisissez le segment auquel appartient cette liste.</translation>
    </message>
    <message>
        <source>No segment is running: start one before giving the floor.</source>
        <translation>Aucun segment n’est en cours : démarrez-en un avant de donner la parole.</translation>
    </message>
    <message>
        <source>‘{segment}’ is not the current segment: start it before giving the floor from its list.</source>
        <translation>« {segment} » n’est pas le segment en cours : démarrez-le avant de donner la parole à partir de sa liste.</translation>
    </message>
    <message>
        <source>That speaker is on no list of speakers (it may have been undone).</source>
        <translation>Cet orateur ne figure sur aucune liste d’orateurs (son inscription a peut-être été annulée).</translation>
    </message>
    <message>
        <source>{speaker} has withdrawn from the list: put them back on it first.</source>
        <translation>{speaker} s’est retiré de la liste : réinscrivez-le d’abord.</translation>
    </message>
    <message>
        <source>{speaker} has the floor: only those waiting can be moved.</source>
        <translation>{speaker} a la parole : seuls les orateurs en attente peuvent être déplacés.</translation>
    </message>
    <message>
        <source>{speaker} has the floor: only those waiting can be skipped.</source>
        <translation>{speaker} a la parole : seuls les orateurs en attente peuvent être passés.</translation>
    </message>
    <message>
        <source>{speaker} has the floor: only those waiting can be deferred.</source>
        <translation>{speaker} a la parole : seuls les orateurs en attente peuvent être reportés.</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: only those waiting can be moved.</source>
        <translation>{speaker} a déjà pris la parole : seuls les orateurs en attente peuvent être déplacés.</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: only those waiting can be skipped.</source>
        <translation>{speaker} a déjà pris la parole : seuls les orateurs en attente peuvent être passés.</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: only those waiting can be deferred.</source>
        <translation>{speaker} a déjà pris la parole : seuls les orateurs en attente peuvent être reportés.</translation>
    </message>
    <message>
        <source>No one has the floor.</source>
        <translation>Personne n’a la parole.</translation>
    </message>
    <message>
        <source>Give the place as a whole number.</source>
        <translation>Indiquez la place par un nombre entier.</translation>
    </message>
    <message>
        <source>There is only one place on the list.</source>
        <translation>La liste ne compte qu’une seule place.</translation>
    </message>
    <message>
        <source>Choose a place between 1 and {count}.</source>
        <translation>Choisissez une place entre 1 et {count}.</translation>
    </message>
    <message>
        <source>Give the guest’s name.</source>
        <translation>Indiquez le nom de l’invité.</translation>
    </message>
    <message>
        <source>Give the guest’s organization.</source>
        <translation>Indiquez l’organisation de l’invité.</translation>
    </message>
    <message>
        <source>The guest cannot be added: {reason}.</source>
        <translation>L’invité ne peut pas être ajouté : {reason}.</translation>
    </message>
    <message>
        <source>The note must be text.</source>
        <translation>La note doit être du texte.</translation>
    </message>
    <message>
        <source>The note is longer than {count} characters: shorten it.</source>
        <translation>La note dépasse {count} caractères : raccourcissez-la.</translation>
    </message>
    <message>
        <source>The note holds a character that cannot be saved (a broken surrogate pair): delete it and type it again.</source>
        <translation>La note contient un caractère qui ne peut pas être enregistré (une paire de substitution rompue) : supprimez-le et saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>The list of speakers is empty, and it is closed.</source>
        <translation>La liste des orateurs est vide, et elle est close.</translation>
    </message>
    <message>
        <source>The list of speakers is empty.</source>
        <translation>La liste des orateurs est vide.</translation>
    </message>
    <message>
        <source>{speaker} already has the floor.</source>
        <translation>{speaker} a déjà la parole.</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: put them back on the list to give them the floor again.</source>
        <translation>{speaker} a déjà pris la parole : réinscrivez-le sur la liste pour lui redonner la parole.</translation>
    </message>
    <message>
        <source>{speaker}’s clock is already held.</source>
        <translation>L’horloge de {speaker} est déjà suspendue.</translation>
    </message>
    <message>
        <source>{speaker}’s clock is not held.</source>
        <translation>L’horloge de {speaker} n’est pas suspendue.</translation>
    </message>
    <message>
        <source>Extend a speaker by at most an hour at a time.</source>
        <translation>Prolongez un orateur d’une heure au plus à la fois.</translation>
    </message>
    <message>
        <source>{speaker} has {allotted}: that cannot be shortened by {shortening}.</source>
        <translation>{speaker} dispose de {allotted} : ce temps ne peut pas être raccourci de {shortening}.</translation>
    </message>
    <message>
        <source>No one is waiting: there is no one to skip.</source>
        <translation>Personne n’attend : il n’y a personne à passer.</translation>
    </message>
    <message>
        <source>{speaker} is the only one waiting: there is no one to skip to.</source>
        <translation>{speaker} est le seul orateur en attente : il n’y a personne à qui passer.</translation>
    </message>
    <message>
        <source>{speaker} is already last.</source>
        <translation>{speaker} est déjà en dernière place.</translation>
    </message>
    <message>
        <source>No one is waiting: there is no one to defer.</source>
        <translation>Personne n’attend : il n’y a personne à reporter.</translation>
    </message>
    <message>
        <source>{speaker} has already withdrawn.</source>
        <translation>{speaker} s’est déjà retiré.</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: there is nothing to withdraw.</source>
        <translation>{speaker} a déjà pris la parole : il n’y a rien à retirer.</translation>
    </message>
    <message>
        <source>{speaker} is already waiting.</source>
        <translation>{speaker} est déjà en attente.</translation>
    </message>
    <message>
        <source>{speaker} has the floor.</source>
        <translation>{speaker} a la parole.</translation>
    </message>
    <message>
        <source>{speaker} is already waiting on this list.</source>
        <translation>{speaker} est déjà en attente sur cette liste.</translation>
    </message>
    <message>
        <source>{speaker} is already first.</source>
        <translation>{speaker} est déjà en première place.</translation>
    </message>
    <message>
        <source>{speaker} is already in that place.</source>
        <translation>{speaker} occupe déjà cette place.</translation>
    </message>
    <message>
        <source>Fewer than two are waiting: there is nothing to reorder.</source>
        <translation>Moins de deux orateurs attendent : il n’y a rien à réordonner.</translation>
    </message>
    <message>
        <source>Those not yet heard today are already first.</source>
        <translation>Ceux qui n’ont pas encore parlé aujourd’hui sont déjà en tête.</translation>
    </message>
    <message>
        <source>The list already alternates between the room and online.</source>
        <translation>La liste alterne déjà entre la salle et en ligne.</translation>
    </message>
    <message>
        <source>The list of speakers of ‘{segment}’ is already closed.</source>
        <translation>La liste des orateurs de « {segment} » est déjà close.</translation>
    </message>
    <message>
        <source>The list of speakers of ‘{segment}’ is open.</source>
        <translation>La liste des orateurs de « {segment} » est ouverte.</translation>
    </message>
    <message>
        <source>Give the speaking limit as a whole number of seconds.</source>
        <translation>Indiquez le temps de parole en nombre entier de secondes.</translation>
    </message>
    <message>
        <source>A speaking limit is between {shortest} and {longest}.</source>
        <translation>Un temps de parole est compris entre {shortest} et {longest}.</translation>
    </message>
    <message>
        <source>The speaking limit is already {limit}.</source>
        <translation>Le temps de parole est déjà de {limit}.</translation>
    </message>
    <message>
        <source>The list of speakers of ‘{segment}’ is closed: reopen it to add a speaker.</source>
        <translation>La liste des orateurs de « {segment} » est close : rouvrez-la pour ajouter un orateur.</translation>
    </message>
    <message>
        <source>That participant is not registered: import the registration list or add a guest.</source>
        <translation>Ce participant n’est pas inscrit : importez la liste d’inscription ou ajoutez un invité.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <source>{participant} cannot be taken: {reason}.</source>
        <translation>{participant} ne peut pas être accepté : {reason}.</translation>
    </message>
    <message>
        <source>The id ‘{id}’ is already {participant}’s.</source>
        <translation>L’identifiant « {id} » est déjà celui de {participant}.</translation>
    </message>
    <message>
        <source>Choose a stakeholder category and room or online.</source>
        <translation>Choisissez une catégorie de parties prenantes, et salle ou en ligne.</translation>
    </message>
    <message>
        <source>That participant is not registered.</source>
        <translation>Ce participant n’est pas inscrit.</translation>
    </message>
    <message>
        <source>The registration list has no participants.</source>
        <translation>La liste d’inscription ne contient aucun participant.</translation>
    </message>
    <message>
        <source>Row {row} of the list is not a participant.</source>
        <translation>La ligne {row} de la liste n’est pas un participant.</translation>
    </message>
    <message>
        <source>Participant {row}</source>
        <translation>Le participant {row}</translation>
    </message>
    <message>
        <source>The id ‘{id}’ of {participant} is already {other}’s: each participant needs an id of their own.</source>
        <translation>L’identifiant « {id} » de {participant} est déjà celui de {other} : chaque participant doit avoir son propre identifiant.</translation>
    </message>
    <message>
        <source>The id ‘{id}’ is given to both {participant} and {other}: each participant needs an id of their own.</source>
        <translation>L’identifiant « {id} » est attribué à la fois à {participant} et à {other} : chaque participant doit avoir son propre identifiant.</translation>
    </message>
    <message>
        <source>Fewer than two are waiting: there is nothing to balance.</source>
        <translation>Moins de deux orateurs attendent : il n’y a rien à équilibrer.</translation>
    </message>
    <message>
        <source>The list is already balanced between the groups heard so far.</source>
        <translation>La liste est déjà équilibrée entre les groupes entendus jusqu’ici.</translation>
    </message>
    <message>
        <source>Only a point of order or a right of reply interrupts the list.</source>
        <translation>Seul un point d’ordre ou un droit de réponse interrompt la liste.</translation>
    </message>
    <message>
        <source>A point of order already has the floor: finish it first.</source>
        <translation>Un point d’ordre a déjà la parole : terminez-le d’abord.</translation>
    </message>
    <message>
        <source>A right of reply already has the floor: finish it first.</source>
        <translation>Un droit de réponse a déjà la parole : terminez-le d’abord.</translation>
    </message>
    <message>
        <source>Choose a stakeholder group.</source>
        <translation>Choisissez un groupe de parties prenantes.</translation>
    </message>
    <message>
        <source>Give the budget as a whole number of minutes.</source>
        <translation>Indiquez le temps alloué en minutes entières.</translation>
    </message>
    <message>
        <source>A budget is at most {hours} hours.</source>
        <translation>Un temps alloué est d’au plus {hours} heures.</translation>
    </message>
    <message>
        <source>{group} has no budget for this segment.</source>
        <translation>{group} n’a pas de temps alloué pour ce segment.</translation>
    </message>
    <message>
        <source>The budget of {group} is already {clock}.</source>
        <translation>Le temps alloué à {group} est déjà de {clock}.</translation>
    </message>
    <message>
        <source>A point of order has the floor. Finish it first.</source>
        <translation>Un point d’ordre a la parole. Terminez-le d’abord.</translation>
    </message>
    <message>
        <source>A right of reply has the floor. Finish it first.</source>
        <translation>Un droit de réponse a la parole. Terminez-le d’abord.</translation>
    </message>
    <message>
        <source>A point of order has the floor. Finish it first: {name} then resumes.</source>
        <translation>Un point d’ordre a la parole. Terminez-le d’abord : {name} reprendra ensuite.</translation>
    </message>
    <message>
        <source>A right of reply has the floor. Finish it first: {name} then resumes.</source>
        <translation>Un droit de réponse a la parole. Terminez-le d’abord : {name} reprendra ensuite.</translation>
    </message>
    <message>
        <source>there is no day {day}: the programme covers {count} days</source>
        <translation>il n’y a pas de jour {day} : le programme couvre {count} jours</translation>
    </message>
    <message>
        <source>this programme covers {count} days; day {day} ({label}) was imported. Import the others one at a time as meetings of their own</source>
        <translation>ce programme couvre {count} jours ; le jour {day} ({label}) a été importé. Importez les autres un par un, chacun comme une réunion distincte</translation>
    </message>
    <message>
        <source>there is no day {day}: the programme covers one day</source>
        <translation>il n’y a pas de jour {day} : le programme couvre une seule journée</translation>
    </message>
    <message>
        <source>no agenda items found: expected numbered items such as &apos;I. Opening of the meeting&apos; or &apos;1. Opening&apos;, headings, or timed rows such as &apos;10:00 - 10:15 Opening&apos;</source>
        <translation>aucun point de l’ordre du jour trouvé : on attend des points numérotés comme « I. Ouverture de la réunion » ou « 1. Ouverture », des titres, ou des lignes horodatées comme « 10:00 - 10:15 Ouverture »</translation>
    </message>
    <message>
        <source>the document gives no date: set the meeting&apos;s date in Meeting data</source>
        <translation>le document ne donne pas de date : indiquez la date de la réunion dans Données de la réunion</translation>
    </message>
    <message>
        <source>the document covers several days ({first} to {last}) without saying which entries are on which day: {first} was taken as the meeting&apos;s date. Check it in Meeting data, and import each day&apos;s programme as a meeting of its own</source>
        <translation>le document couvre plusieurs jours (du {first} au {last}) sans dire quelles entrées ont lieu quel jour : le {first} a été retenu comme date de la réunion. Vérifiez-la dans Données de la réunion, et importez le programme de chaque jour comme une réunion distincte</translation>
    </message>
    <message>
        <source>the document gives more than one date: {date} was taken as the meeting&apos;s date, not {others}. Check it in Meeting data</source>
        <translation>le document donne plus d’une date : le {date} a été retenu comme date de la réunion, et non le {others}. Vérifiez-la dans Données de la réunion</translation>
    </message>
    <message>
        <source>no agenda items found</source>
        <translation>aucun point de l’ordre du jour trouvé</translation>
    </message>
    <message>
        <source>the document reads as {count} agenda entries, more than a meeting&apos;s day holds (at most {most}): is it the programme? Open the programme itself</source>
        <translation>le document se lit comme {count} entrées de l’ordre du jour, plus qu’une journée de réunion n’en compte (au plus {most}) : est-ce bien le programme ? Ouvrez le programme lui-même</translation>
    </message>
    <message>
        <source>the programme has no title before its first agenda item</source>
        <translation>le programme n’a pas de titre avant son premier point de l’ordre du jour</translation>
    </message>
    <message>
        <source>the document gives no sittings and no times: set the sittings in Meeting data, or the plan cannot place the day</source>
        <translation>le document ne donne ni séances ni horaires : indiquez les séances dans Données de la réunion, sinon le plan ne peut pas situer la journée</translation>
    </message>
    <message>
        <source>the times in the programme run to {latest} ({planned} minutes planned), past the sittings ({sittings}, {capacity} minutes): check the sittings and the times in Meeting data</source>
        <translation>les horaires du programme vont jusqu’à {latest} ({planned} minutes prévues), au-delà des séances ({sittings}, {capacity} minutes) : vérifiez les séances et les horaires dans Données de la réunion</translation>
    </message>
    <message>
        <source>the segment “{title}” looks like a person&apos;s name, not an agenda entry: check where this line belongs</source>
        <translation>le segment « {title} » ressemble au nom d’une personne, pas à une entrée de l’ordre du jour : vérifiez où cette ligne doit aller</translation>
    </message>
    <message>
        <source>this looks like a meeting&apos;s exported record (it has {sections}), not a programme: open the programme the meeting was run from</source>
        <translation>ceci ressemble au compte rendu exporté d’une réunion (il contient {sections}), pas à un programme : ouvrez le programme à partir duquel la réunion a été tenue</translation>
    </message>
    <message>
        <source>the document is too deeply nested to read</source>
        <translation>le document est trop profondément imbriqué pour être lu</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>le document est vide</translation>
    </message>
    <message>
        <source>this Word document could not be read ({error}); open it in Word and save it again as a Word document (.docx)</source>
        <translation>ce document Word n’a pas pu être lu ({error}) ; ouvrez-le dans Word et enregistrez-le de nouveau comme document Word (.docx)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>this is a folder, not a Word document</source>
        <translation>ceci est un dossier, pas un document Word</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>this Word document is password-protected: open it in Word, remove the password (File &gt; Info &gt; Protect Document) and save it as an unprotected .docx</source>
        <translation>ce document Word est protégé par un mot de passe : ouvrez-le dans Word, supprimez le mot de passe (Fichier &gt; Informations &gt; Protéger le document) et enregistrez-le en .docx non protégé</translation>
    </message>
    <message>
        <source>this is an old Word 97-2003 document (.doc): open it in Word and save it as .docx</source>
        <translation>ceci est un ancien document Word 97-2003 (.doc) : ouvrez-le dans Word et enregistrez-le en .docx</translation>
    </message>
    <message>
        <source>this is a password-protected Word document or an old .doc file: open it in Word and save it as an unprotected Word document (.docx)</source>
        <translation>ceci est un document Word protégé par un mot de passe ou un ancien fichier .doc : ouvrez-le dans Word et enregistrez-le comme document Word non protégé (.docx)</translation>
    </message>
    <message>
        <source>this is {other}, not a Word document: open it and save the programme as .docx</source>
        <translation>ceci est {other}, pas un document Word : ouvrez-le et enregistrez le programme en .docx</translation>
    </message>
    <message>
        <source>this is a zip archive, not a Word document (.docx); save the programme as .docx</source>
        <translation>ceci est une archive zip, pas un document Word (.docx) ; enregistrez le programme en .docx</translation>
    </message>
    <message>
        <source>this file is encrypted; save the programme as an unprotected .docx</source>
        <translation>ce fichier est chiffré ; enregistrez le programme en .docx non protégé</translation>
    </message>
    <message>
        <source>this document is far too large to be a programme</source>
        <translation>ce document est bien trop volumineux pour être un programme</translation>
    </message>
    <message>
        <source>an OpenDocument text file (.odt)</source>
        <translation>un fichier texte OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>an OpenDocument file</source>
        <translation>un fichier OpenDocument</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>un classeur Excel</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>une présentation PowerPoint</translation>
    </message>
    <message>
        <source>cannot read this file ({reason})</source>
        <translation>impossible de lire ce fichier ({reason})</translation>
    </message>
    <message>
        <source>this is not a Word document (.docx) or it is damaged; open it in Word and save it again as a Word document (.docx)</source>
        <translation>ceci n’est pas un document Word (.docx) ou il est endommagé ; ouvrez-le dans Word et enregistrez-le de nouveau comme document Word (.docx)</translation>
    </message>
    <message>
        <source>this Office file is not a Word document; save the programme as .docx</source>
        <translation>ce fichier Office n’est pas un document Word ; enregistrez le programme en .docx</translation>
    </message>
    <message>
        <source>the document has more than {most} paragraphs, more than a meeting&apos;s programme has: is it the programme? Open the programme itself</source>
        <translation>le document compte plus de {most} paragraphes, plus qu’un programme de réunion n’en a : est-ce bien le programme ? Ouvrez le programme lui-même</translation>
    </message>
    <message>
        <source>PDF programmes cannot be read: open it and save it as Word (.docx) or text (.txt)</source>
        <translation>les programmes en PDF ne peuvent pas être lus : ouvrez-le et enregistrez-le en Word (.docx) ou en texte (.txt)</translation>
    </message>
    <message>
        <source>this is a folder, not a programme file</source>
        <translation>ceci est un dossier, pas un fichier de programme</translation>
    </message>
    <message>
        <source>the file is {size} MB: too large to be a programme</source>
        <translation>le fichier fait {size} Mo : trop volumineux pour être un programme</translation>
    </message>
    <message>
        <source>permission denied: cannot read this file</source>
        <translation>accès refusé : impossible de lire ce fichier</translation>
    </message>
    <message>
        <source>this is not a text document; save the programme as .txt, .md or .docx</source>
        <translation>ceci n’est pas un document texte ; enregistrez le programme en .txt, .md ou .docx</translation>
    </message>
    <message>
        <source>day {number}: {label}</source>
        <translation>jour {number} : {label}</translation>
    </message>
    <message>
        <source>day {number}: {label} ({date})</source>
        <translation>jour {number} : {label} ({date})</translation>
    </message>
    <message>
        <source>this is not a text document (it contains binary data)</source>
        <translation>ceci n’est pas un document texte (il contient des données binaires)</translation>
    </message>
    <message>
        <source>the document has {count} lines, more than a meeting&apos;s programme has (at most {most}): is it the programme? Open the programme itself</source>
        <translation>le document compte {count} lignes, plus qu’un programme de réunion n’en a (au plus {most}) : est-ce bien le programme ? Ouvrez le programme lui-même</translation>
    </message>
    <message>
        <source>the TOML is nested too deeply to be a programme</source>
        <translation>le TOML est trop profondément imbriqué pour être un programme</translation>
    </message>
    <message>
        <source>the TOML holds a number that is far too long</source>
        <translation>le TOML contient un nombre beaucoup trop long</translation>
    </message>
    <message>
        <source>this file is not UTF-8 text (byte 0x{byte}); save it as UTF-8 in your editor</source>
        <translation>ce fichier n’est pas du texte UTF-8 (octet 0x{byte}) ; enregistrez-le en UTF-8 dans votre éditeur</translation>
    </message>
    <message>
        <source>the file is too large to be a programme</source>
        <translation>le fichier est trop volumineux pour être un programme</translation>
    </message>
    <message>
        <source>not valid TOML: {reason} (line {line_number}, column {column})</source>
        <translation>TOML non valide : {reason} (ligne {line_number}, colonne {column})</translation>
    </message>
    <message>
        <source>not valid TOML: {reason} (at the end of the file, line {line_number})</source>
        <translation>TOML non valide : {reason} (à la fin du fichier, ligne {line_number})</translation>
    </message>
    <message>
        <source>Cannot overwrite a value</source>
        <translation>impossible de remplacer une valeur</translation>
    </message>
    <message>
        <source>Escaped character is not a Unicode scalar value</source>
        <translation>le caractère échappé n’est pas une valeur scalaire Unicode</translation>
    </message>
    <message>
        <source>Expected &apos;=&apos; after a key in a key/value pair</source>
        <translation>« = » attendu après une clé dans une paire clé/valeur</translation>
    </message>
    <message>
        <source>Expected &apos;]&apos; at the end of a table declaration</source>
        <translation>« ] » attendu à la fin d’une déclaration de table</translation>
    </message>
    <message>
        <source>Expected &apos;]]&apos; at the end of an array declaration</source>
        <translation>« ]] » attendu à la fin d’une déclaration de tableau</translation>
    </message>
    <message>
        <source>Expected newline or end of document after a statement</source>
        <translation>saut de ligne ou fin du document attendu après une instruction</translation>
    </message>
    <message>
        <source>Invalid date or datetime</source>
        <translation>date ou date et heure non valide</translation>
    </message>
    <message>
        <source>Invalid hex value</source>
        <translation>valeur hexadécimale non valide</translation>
    </message>
    <message>
        <source>Invalid initial character for a key part</source>
        <translation>caractère initial non valide pour une partie de clé</translation>
    </message>
    <message>
        <source>Invalid statement</source>
        <translation>instruction non valide</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>valeur non valide</translation>
    </message>
    <message>
        <source>Unclosed array</source>
        <translation>tableau non fermé</translation>
    </message>
    <message>
        <source>Unclosed inline table</source>
        <translation>table en ligne non fermée</translation>
    </message>
    <message>
        <source>Unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>Cannot declare {key} twice</source>
        <translation>impossible de déclarer {key} deux fois</translation>
    </message>
    <message>
        <source>Cannot mutate immutable namespace {key}</source>
        <translation>impossible de modifier l’espace de noms immuable {key}</translation>
    </message>
    <message>
        <source>Cannot redefine namespace {key}</source>
        <translation>impossible de redéfinir l’espace de noms {key}</translation>
    </message>
    <message>
        <source>Duplicate inline table key {key}</source>
        <translation>clé de table en ligne en double {key}</translation>
    </message>
    <message>
        <source>Found invalid character {character}</source>
        <translation>caractère non valide trouvé : {character}</translation>
    </message>
    <message>
        <source>Illegal character {character}</source>
        <translation>caractère interdit : {character}</translation>
    </message>
    <message>
        <source>Expected {expected}</source>
        <translation>{expected} attendu</translation>
    </message>
    <message>
        <source>cannot save this programme: {reason}</source>
        <translation>impossible d’enregistrer ce programme : {reason}</translation>
    </message>
    <message>
        <source>cannot save this programme: it would not read back the same</source>
        <translation>impossible d’enregistrer ce programme : il ne se relirait pas à l’identique</translation>
    </message>
    <message>
        <source>the same person as row {row}</source>
        <translation>la même personne qu’à la ligne {row}</translation>
    </message>
    <message>
        <source>already among the meeting&apos;s participants</source>
        <translation>déjà parmi les participants de la réunion</translation>
    </message>
    <message>
        <source>this row repeats the column headings</source>
        <translation>cette ligne répète les en-têtes de colonne</translation>
    </message>
    <message>
        <source>category {value} not recognised: Other</source>
        <translation>catégorie {value} non reconnue : Autre</translation>
    </message>
    <message>
        <source>attendance {value} is neither in the room nor online: taken as in the room</source>
        <translation>participation {value} ni en salle ni en ligne : considérée comme en salle</translation>
    </message>
    <message>
        <source>gender too long: left undeclared</source>
        <translation>genre trop long : laissé non déclaré</translation>
    </message>
    <message>
        <source>youth {value} not understood: left undeclared</source>
        <translation>statut de jeune {value} non compris : laissé non déclaré</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>no column gives the participant&apos;s name (columns found: {columns}): choose the column for name in the mapping step</source>
        <translation>aucune colonne ne donne le nom du participant (colonnes trouvées : {columns}) : choisissez la colonne du nom à l’étape de correspondance des colonnes</translation>
    </message>
    <message>
        <source>no column gives the organization (columns found: {columns}): choose the column for organization in the mapping step</source>
        <translation>aucune colonne ne donne l’organisation (colonnes trouvées : {columns}) : choisissez la colonne de l’organisation à l’étape de correspondance des colonnes</translation>
    </message>
    <message>
        <source>no column gives the participant&apos;s name and the organization (columns found: {columns}): choose the column for name and organization in the mapping step</source>
        <translation>aucune colonne ne donne le nom du participant ni l’organisation (colonnes trouvées : {columns}) : choisissez les colonnes du nom et de l’organisation à l’étape de correspondance des colonnes</translation>
    </message>
    <message>
        <source>the {field} is mapped to column {column}, but the table has 1 column</source>
        <translation>le champ {field} est associé à la colonne {column}, mais le tableau n’a qu’une colonne</translation>
    </message>
    <message>
        <source>the {field} is mapped to column {column}, but the table has {count} columns</source>
        <translation>le champ {field} est associé à la colonne {column}, mais le tableau n’a que {count} colonnes</translation>
    </message>
    <message>
        <source>the name and the organization are empty</source>
        <translation>le nom et l’organisation sont vides</translation>
    </message>
    <message>
        <source>gender {value} not understood: recorded as not stated</source>
        <translation>genre {value} non compris : enregistré comme non précisé</translation>
    </message>
    <message>
        <source>this is a text (CSV) file, it has no sheet named {sheet}</source>
        <translation>ceci est un fichier texte (CSV), il n’a pas de feuille nommée {sheet}</translation>
    </message>
    <message>
        <source>this is a folder, not a registration list</source>
        <translation>ceci est un dossier, pas une liste d’inscription</translation>
    </message>
    <message>
        <source>the file is {size} MB, too large to be a registration list</source>
        <translation>le fichier fait {size} Mo, trop volumineux pour être une liste d’inscription</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ce fichier n’existe pas</translation>
    </message>
    <message>
        <source>permission denied: this file cannot be read (is it open in another program?)</source>
        <translation>accès refusé : ce fichier ne peut pas être lu (est-il ouvert dans un autre programme ?)</translation>
    </message>
    <message>
        <source>this file cannot be read ({reason})</source>
        <translation>ce fichier ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>this Excel file is protected by a password: open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password), save it and import it again</source>
        <translation>ce fichier Excel est protégé par un mot de passe : ouvrez-le dans Excel, supprimez le mot de passe (Fichier &gt; Informations &gt; Protéger le classeur &gt; Chiffrer avec mot de passe), enregistrez-le et importez-le de nouveau</translation>
    </message>
    <message>
        <source>this is an old-format Excel file (.xls): open it in Excel and save it as Excel Workbook (.xlsx) or CSV UTF-8, then import that</source>
        <translation>ceci est un ancien fichier Excel (.xls) : ouvrez-le dans Excel et enregistrez-le en Classeur Excel (.xlsx) ou en CSV UTF-8, puis importez ce fichier</translation>
    </message>
    <message>
        <source>this is an old-format Office document, not a workbook: registration lists are read from Excel (.xlsx) or CSV files</source>
        <translation>ceci est un ancien document Office, pas un classeur : les listes d’inscription se lisent à partir de fichiers Excel (.xlsx) ou CSV</translation>
    </message>
    <message>
        <source>the file is named {suffix} but holds plain text, not an Excel workbook: if it is a CSV export, rename it to .csv and import it again</source>
        <translation>le fichier porte l’extension {suffix} mais contient du texte brut, pas un classeur Excel : s’il s’agit d’un export CSV, renommez-le en .csv et importez-le de nouveau</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (it may be damaged or only partly downloaded): open it in Excel and save it again as .xlsx or CSV UTF-8</source>
        <translation>ceci n’est pas un classeur Excel (il est peut-être endommagé ou incomplètement téléchargé) : ouvrez-le dans Excel et enregistrez-le de nouveau en .xlsx ou en CSV UTF-8</translation>
    </message>
    <message>
        <source>this is a PDF: registration lists are read from Excel (.xlsx) or CSV files</source>
        <translation>ceci est un PDF : les listes d’inscription se lisent à partir de fichiers Excel (.xlsx) ou CSV</translation>
    </message>
    <message>
        <source>this is a web page or XML file, not a table: open it in Excel and save it as Excel Workbook (.xlsx) or CSV UTF-8</source>
        <translation>ceci est une page web ou un fichier XML, pas un tableau : ouvrez-le dans Excel et enregistrez-le en Classeur Excel (.xlsx) ou en CSV UTF-8</translation>
    </message>
    <message>
        <source>the text of this file is in an encoding that cannot be recognised: save it from Excel as CSV UTF-8 (or as .xlsx) and import it again</source>
        <translation>le texte de ce fichier est dans un encodage qui ne peut pas être reconnu : enregistrez-le depuis Excel en CSV UTF-8 (ou en .xlsx) et importez-le de nouveau</translation>
    </message>
    <message>
        <source>this is not a table of text (it looks like binary data): registration lists are read from Excel (.xlsx) or CSV files</source>
        <translation>ceci n’est pas un tableau de texte (il ressemble à des données binaires) : les listes d’inscription se lisent à partir de fichiers Excel (.xlsx) ou CSV</translation>
    </message>
    <message>
        <source>this file is not a well-formed CSV table near line {line} ({reason}): open it in Excel and save it again as CSV UTF-8</source>
        <translation>ce fichier n’est pas un tableau CSV bien formé vers la ligne {line} ({reason}) : ouvrez-le dans Excel et enregistrez-le de nouveau en CSV UTF-8</translation>
    </message>
    <message>
        <source>the table has more than {most} rows: this is not a registration list (check that the right sheet or file was chosen)</source>
        <translation>le tableau compte plus de {most} lignes : ce n’est pas une liste d’inscription (vérifiez que la bonne feuille ou le bon fichier a été choisi)</translation>
    </message>
    <message>
        <source>this Excel file cannot be read ({reason}); it may be damaged or only partly downloaded: open it in Excel, save it again as .xlsx (or CSV UTF-8) and import that</source>
        <translation>ce fichier Excel ne peut pas être lu ({reason}) ; il est peut-être endommagé ou incomplètement téléchargé : ouvrez-le dans Excel, enregistrez-le de nouveau en .xlsx (ou en CSV UTF-8) et importez ce fichier</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>un document Word</translation>
    </message>
    <message>
        <source>an OpenDocument file (LibreOffice): save it as .xlsx or CSV UTF-8</source>
        <translation>un fichier OpenDocument (LibreOffice) : enregistrez-le en .xlsx ou en CSV UTF-8</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>une archive ZIP</translation>
    </message>
    <message>
        <source>this is {what}, not an Excel workbook</source>
        <translation>ceci est {what}, pas un classeur Excel</translation>
    </message>
    <message>
        <source>this workbook expands to more than {size} MB: it is not a registration list</source>
        <translation>ce classeur se décompresse en plus de {size} Mo : ce n’est pas une liste d’inscription</translation>
    </message>
    <message>
        <source>the workbook has no sheet named {sheet} (its sheets: {names})</source>
        <translation>le classeur n’a pas de feuille nommée {sheet} (ses feuilles : {names})</translation>
    </message>
    <message>
        <source>the sheet {sheet} is empty</source>
        <translation>la feuille {sheet} est vide</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheets are all empty</source>
        <translation>les feuilles du classeur sont toutes vides</translation>
    </message>
    <message>
        <source>the file has column headings but no registrations under them</source>
        <translation>le fichier a des en-têtes de colonne mais aucune inscription en dessous</translation>
    </message>
    <message>
        <source>damaged at event {seq}: open it read-only up to event {previous}, or restore a backup</source>
        <translation>endommagée à l’événement {seq} : ouvrez-la en lecture seule jusqu’à l’événement {previous}, ou restaurez une sauvegarde</translation>
    </message>
    <message>
        <source>paused in: {segment}</source>
        <translation>suspendue pendant : {segment}</translation>
    </message>
    <message>
        <source>running: {segment}</source>
        <translation>en cours : {segment}</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pas commencée</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>before: {segment}</source>
        <translation>avant : {segment}</translation>
    </message>
    <message>
        <source>Another seat</source>
        <translation>Un autre poste</translation>
    </message>
    <message>
        <source>The meeting has already moved to {segment} ({seat} was first); your step was not taken.</source>
        <translation>La réunion est déjà passée à {segment} ({seat} a agi en premier) ; votre étape n’a pas été prise en compte.</translation>
    </message>
    <message>
        <source>{seat} has just changed the agenda ({where}); your step was not taken. Look at the agenda and try again.</source>
        <translation>{seat} vient de modifier l’ordre du jour ({where}) ; votre étape n’a pas été prise en compte. Consultez l’ordre du jour et réessayez.</translation>
    </message>
    <message>
        <source>{seat} has just changed this intervention; your change was not saved. Open it again to see theirs, then make yours.</source>
        <translation>{seat} vient de modifier cette intervention ; votre modification n’a pas été enregistrée. Rouvrez-la pour voir la sienne, puis faites la vôtre.</translation>
    </message>
    <message>
        <source>{seat} has just undone or redone a step; look at the meeting and try again.</source>
        <translation>{seat} vient d’annuler ou de rétablir une étape ; consultez la réunion et réessayez.</translation>
    </message>
    <message>
        <source>{seat} has just changed the speakers&apos; list; your step was not taken. Look at the list and try again.</source>
        <translation>{seat} vient de modifier la liste des orateurs ; votre étape n’a pas été prise en compte. Consultez la liste et réessayez.</translation>
    </message>
    <message>
        <source>This meeting is open read-only, up to event {event} (the next one is damaged): nothing can be changed. Restore a backup to go on with it.</source>
        <translation>Cette réunion est ouverte en lecture seule, jusqu’à l’événement {event} (le suivant est endommagé) : rien ne peut être modifié. Restaurez une sauvegarde pour la poursuivre.</translation>
    </message>
    <message>
        <source>This seat cannot do that.</source>
        <translation>Ce poste ne peut pas faire cela.</translation>
    </message>
    <message>
        <source>The other seats are changing the meeting very fast; nothing was saved. Try again.</source>
        <translation>Les autres postes modifient la réunion très rapidement ; rien n’a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>This is a rapporteur&apos;s seat: it captures and reviews the interventions, and the Co-Chairs move the agenda and give the floor. Nothing was changed.</source>
        <translation>Ce poste est celui d’un rapporteur : il saisit et revoit les interventions ; ce sont les Coprésidents qui font avancer l’ordre du jour et donnent la parole. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This seat is the room display: it shows the meeting and takes no command.</source>
        <translation>Ce poste est l’affichage en salle : il montre la réunion et n’accepte aucune commande.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Registration lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Listes d&apos;inscription (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>Importer les inscriptions</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>Choose a file… (Ctrl+O)</source>
        <translation>Choisir un fichier… (Ctrl+O)</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0} :</translation>
    </message>
    <message>
        <source>Rows not taken</source>
        <translation>Lignes non retenues</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Rows not taken, duplicates and values not understood:</source>
        <translation>Lignes non retenues, doublons et valeurs non comprises :</translation>
    </message>
    <message>
        <source>Registration list</source>
        <translation>Liste d&apos;inscription</translation>
    </message>
    <message>
        <source>{0}: {1} rows, {2} columns</source>
        <translation>{0} : {1} lignes, {2} colonnes</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Column {0}</source>
        <translation>Colonne {0}</translation>
    </message>
    <message>
        <source>Choose the column for: {0}.</source>
        <translation>Choisissez la colonne pour : {0}.</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>Ligne {0} : {1}</translation>
    </message>
    <message>
        <source>{0}, row {1}: {2}</source>
        <translation>{0}, ligne {1} : {2}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>la liste</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) to import from {0}</source>
        <translation>
            <numerusform>%n participant à importer depuis {0}</numerusform>
            <numerusform>%n participants à importer depuis {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant to import from {0}</source>
        <translation>Aucun participant à importer depuis {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n ligne rejetée</numerusform>
            <numerusform>%n lignes rejetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out</source>
        <translation>
            <numerusform>%n doublon écarté</numerusform>
            <numerusform>%n doublons écartés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not understood (defaults used)</source>
        <translation>
            <numerusform>%n valeur non comprise (valeur par défaut utilisée)</numerusform>
            <numerusform>%n valeurs non comprises (valeurs par défaut utilisées)</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>{0}.</source>
        <translation>{0}.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Find in summaries, speakers, organizations…</source>
        <translation>Chercher dans les résumés, les orateurs, les organisations…</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Tout sujet</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toute catégorie</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n interventions</source>
        <translation>
            <numerusform>{0} sur %n intervention</numerusform>
            <numerusform>{0} sur %n interventions</numerusform>
        </translation>
    </message>
    <message>
        <source>History — {0}</source>
        <translation>Historique — {0}</translation>
    </message>
    <message>
        <source>No question has been asked yet in {0}.</source>
        <translation>Aucune question n&apos;a encore été posée dans {0}.</translation>
    </message>
    <message>
        <source>Every question of {0} has an answer.</source>
        <translation>Chaque question de {0} a reçu une réponse.</translation>
    </message>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} et %n autre</numerusform>
            <numerusform>{0} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Unanswered in {0}: {1} — {2}</source>
        <translation>Sans réponse dans {0} : {1} — {2}</translation>
    </message>
    <message>
        <source>follow-up</source>
        <extracomment>More changed interventions than this (a review catching up after its dock was hidden): filter again, one reset, rather than a row signal each. Search texts normalised per idle moment (about a millisecond&apos;s work).</extracomment>
        <translation>suite à donner</translation>
    </message>
    <message>
        <source>quotable</source>
        <translation>citable</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <source>Room display</source>
        <translation>Affichage en salle</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>RÉPÉTITION</translation>
    </message>
    <message>
        <source>Next speakers</source>
        <translation>Prochains orateurs</translation>
    </message>
    <message>
        <source>Next speakers:</source>
        <translation>Prochains orateurs :</translation>
    </message>
</context>
<context>
    <name>SegmentForm</name>
    <message>
        <source>Optional: a short label for the console</source>
        <translation>Facultatif : un libellé court pour la console</translation>
    </message>
    <message>
        <source>What the console and the room display show instead of the title, e.g. “Opening remarks by the Co-Chairs”; the title stays the document&apos;s words</source>
        <translation>Ce que la console et l&apos;affichage en salle montrent à la place du titre, p. ex. « Déclarations liminaires des Coprésidents » ; le titre reste celui du document</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>HH:MM, or empty to follow on</source>
        <translation>HH:MM, ou vide pour enchaîner</translation>
    </message>
    <message>
        <source>Name, Role, Organization</source>
        <translation>Nom, Fonction, Organisation</translation>
    </message>
    <message>
        <source>One per line: Name, Role, Organization</source>
        <translation>Un par ligne : Nom, Fonction, Organisation</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Une question par ligne</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Short &amp;label:</source>
        <translation>&amp;Libellé court :</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>&amp;Prévu :</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;uméro :</translation>
    </message>
    <message>
        <source>&amp;Follows panel:</source>
        <translation>&amp;Suit le groupe de discussion :</translation>
    </message>
    <message>
        <source>&amp;Scheduled start:</source>
        <translation>Début &amp;prévu :</translation>
    </message>
    <message>
        <source>&amp;Moderator:</source>
        <translation>&amp;Modérateur :</translation>
    </message>
    <message>
        <source>Pa&amp;nellists:</source>
        <translation>&amp;Intervenants :</translation>
    </message>
    <message>
        <source>&amp;Guiding questions:</source>
        <translation>&amp;Questions directrices :</translation>
    </message>
    <message>
        <source>Panel {n} (not in this item)</source>
        <translation>Groupe de discussion {n} (pas dans ce point)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Type to find a key or an action</source>
        <translation>Tapez pour trouver une touche ou une action</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Points traités</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>on the floor</source>
        <extracomment>The list the dock shows: the floor&apos;s, else the current segment&apos;s, else the next one&apos;s. The light or dark roles the rows are painted in (the panel sets them with the theme). The roles the table answers (every other one is None).</extracomment>
        <translation>a la parole</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>Nobody heard yet today.</source>
        <translation>Personne n&apos;a encore parlé aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Heard today: {0}</source>
        <translation>Ont parlé aujourd&apos;hui : {0}</translation>
    </message>
    <message>
        <source>Speaker clock</source>
        <translation>Horloge de l&apos;orateur</translation>
    </message>
    <message>
        <source>Speakers</source>
        <extracomment>Columns a narrow dock hides first, so that the names stay readable: what the Co-Chair needs at a glance is the place, the name, the stakeholder category and the state; the category goes last, in a dock too narrow for anything else (a tab on a small screen).</extracomment>
        <translation>Orateurs</translation>
    </message>
    <message>
        <source>Who has been heard today</source>
        <translation>Qui a parlé aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Add a speaker (A): type a name and Enter; a guest as “Name, Organization”</source>
        <translation>Ajouter un orateur (A) : tapez un nom et Entrée ; un invité sous la forme « Nom, Organisation »</translation>
    </message>
    <message>
        <source>(removed segment)</source>
        <translation>(segment supprimé)</translation>
    </message>
    <message>
        <source>Speakers — {0} · limit {1} · list closed</source>
        <translation>Orateurs — {0} · temps de parole {1} · liste close</translation>
    </message>
    <message>
        <source>Speakers — {0} · limit {1} · list open</source>
        <translation>Orateurs — {0} · temps de parole {1} · liste ouverte</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>Personne n&apos;a la parole</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n inscrit en attente</numerusform>
            <numerusform>%n inscrits en attente</numerusform>
        </translation>
    </message>
    <message>
        <source> · list closed</source>
        <translation> · liste close</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Programmes (*.txt *.md *.docx *.toml);;All files (*)</source>
        <translation>Programmes (*.txt *.md *.docx *.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>planned</source>
        <extracomment>A meeting&apos;s status as the list says it (``MeetingOverview.status``).</extracomment>
        <translation>prévue</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Where it stopped</source>
        <translation>Où elle s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <extracomment>View → Language: the app builds the start screen again in it (App.switch_start_language).</extracomment>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Open meeting (Enter)</source>
        <translation>Ouvrir la réunion (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Open programme &amp;file…</source>
        <translation>Ouvrir un &amp;fichier de programme…</translation>
    </message>
    <message>
        <source>Start a new meeting from a .txt, .md, .docx or .toml file (Ctrl+O)</source>
        <translation>Démarrer une nouvelle réunion à partir d&apos;un fichier .txt, .md, .docx ou .toml (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open programme file… (Ctrl+O)</source>
        <translation>Ouvrir un fichier de programme… (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Join a meeting on a server…</source>
        <translation>&amp;Rejoindre une réunion sur un serveur…</translation>
    </message>
    <message>
        <source>Take a seat at a meeting run on the Secretariat&apos;s server</source>
        <translation>Prendre place à une réunion conduite sur le serveur du Secrétariat</translation>
    </message>
    <message>
        <source>Join a meeting on a server… (Ctrl+J)</source>
        <translation>Rejoindre une réunion sur un serveur… (Ctrl+J)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Recent meetings (Ctrl+1)</source>
        <translation>Réunions récentes (Ctrl+1)</translation>
    </message>
    <message>
        <source>New meeting from a programme (Ctrl+2)</source>
        <translation>Nouvelle réunion à partir d&apos;un programme (Ctrl+2)</translation>
    </message>
    <message>
        <source>Open programme</source>
        <translation>Ouvrir un programme</translation>
    </message>
    <message>
        <source>Cannot open this programme</source>
        <translation>Impossible d&apos;ouvrir ce programme</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation>Quel jour ?</translation>
    </message>
    <message>
        <source>This programme covers {n} days. A meeting is one day: choose the day to import (import the others the same way, as meetings of their own).</source>
        <translation>Ce programme couvre {n} jours. Une réunion dure un jour : choisissez le jour à importer (importez les autres de la même façon, comme réunions distinctes).</translation>
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
    <message>
        <source>{hours} {minutes}</source>
        <translation>{hours} {minutes}</translation>
    </message>
    <message>
        <source>{minutes} {seconds}</source>
        <translation>{minutes} {seconds}</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>Conclure</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>The meeting has ended</source>
        <translation>La réunion est terminée</translation>
    </message>
    <message>
        <source>Break — between sittings</source>
        <translation>Pause — entre deux séances</translation>
    </message>
    <message>
        <source>Between segments</source>
        <translation>Entre deux segments</translation>
    </message>
    <message>
        <source>Paused — on time</source>
        <translation>En pause — dans les temps</translation>
    </message>
    <message>
        <source>Paused — warning</source>
        <translation>En pause — attention</translation>
    </message>
    <message>
        <source>Paused — wrap up</source>
        <translation>En pause — conclure</translation>
    </message>
    <message>
        <source>Paused — overtime</source>
        <translation>En pause — dépassement</translation>
    </message>
    <message>
        <source>Overtime {clock}</source>
        <translation>Dépassement {clock}</translation>
    </message>
    <message>
        <source>On time — {clock} left</source>
        <translation>Dans les temps — reste {clock}</translation>
    </message>
    <message>
        <source>Warning — {clock} left</source>
        <translation>Attention — reste {clock}</translation>
    </message>
    <message>
        <source>Wrap up — {clock} left</source>
        <translation>Conclure — reste {clock}</translation>
    </message>
    <message>
        <source>used {used} of {allotted}</source>
        <translation>{used} utilisées sur {allotted}</translation>
    </message>
    <message>
        <source>Held — {clock}</source>
        <translation>Suspendu — {clock}</translation>
    </message>
    <message>
        <source>Paused — {clock}</source>
        <translation>En pause — {clock}</translation>
    </message>
    <message>
        <source>Held — {clock} left</source>
        <translation>Suspendu — reste {clock}</translation>
    </message>
    <message>
        <source>Paused — {clock} left</source>
        <translation>En pause — reste {clock}</translation>
    </message>
    <message>
        <source>{clock} left</source>
        <translation>reste {clock}</translation>
    </message>
    <message>
        <source>{minutes} behind</source>
        <translation>{minutes} de retard</translation>
    </message>
    <message>
        <source>{minutes} ahead</source>
        <translation>{minutes} d’avance</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>à l&apos;heure</translation>
    </message>
    <message>
        <source>ended on time</source>
        <translation>terminée à l’heure</translation>
    </message>
    <message>
        <source>ended {minutes} late</source>
        <translation>terminée avec {minutes} de retard</translation>
    </message>
    <message>
        <source>ended {minutes} early</source>
        <translation>terminée avec {minutes} d’avance</translation>
    </message>
    <message>
        <source>{minutes} over: cut {minutes} from the remaining segments</source>
        <translation>{minutes} de dépassement : retrancher {minutes} des segments restants</translation>
    </message>
    <message>
        <source>{minutes} over</source>
        <translation>{minutes} de dépassement</translation>
    </message>
    <message>
        <source>ends {minutes} early</source>
        <translation>se termine avec {minutes} d’avance</translation>
    </message>
    <message>
        <source>ends on time</source>
        <translation>se termine à l’heure</translation>
    </message>
    <message>
        <source>Sitting {number}</source>
        <translation>Séance {number}</translation>
    </message>
    <message>
        <source>Sitting {number} ({start}–{end})</source>
        <translation>Séance {number} ({start}–{end})</translation>
    </message>
    <message>
        <source>Rehearse it on today&apos;s date: File → Rehearse this meeting (Ctrl+Shift+R)</source>
        <translation>Répétez-la à la date d’aujourd’hui : Fichier → Répéter cette réunion (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>{sitting}: {verdict}</source>
        <translation>{sitting} : {verdict}</translation>
    </message>
    <message>
        <source>{sitting} ends {end} (hard end {hard_end}): {verdict}</source>
        <translation>{sitting} se termine à {end} (fin impérative {hard_end}) : {verdict}</translation>
    </message>
    <message>
        <source>This meeting is on {date}</source>
        <translation>Cette réunion a lieu le {date}</translation>
    </message>
    <message>
        <source>Up next: {title} at {time}</source>
        <translation>Ensuite : {title} à {time}</translation>
    </message>
    <message>
        <source>Up next: {title}</source>
        <translation>Ensuite : {title}</translation>
    </message>
    <message>
        <source>Next: {title} at {time}</source>
        <translation>Ensuite : {title} à {time}</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Ensuite : {title}</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n inscrit en attente</numerusform>
            <numerusform>%n inscrits en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} at {limit} (+{overrun} average overrun)</source>
        <translation>{minutes} à {limit} (+{overrun} de dépassement moyen)</translation>
    </message>
    <message>
        <source>{minutes} at {limit}</source>
        <translation>{minutes} à {limit}</translation>
    </message>
    <message>
        <source>No one waiting</source>
        <translation>Personne en attente</translation>
    </message>
    <message>
        <source>{minutes} left to the sitting&apos;s hard end</source>
        <translation>{minutes} avant la fin impérative de la séance</translation>
    </message>
    <message>
        <source>{minutes} left</source>
        <translation>reste {minutes}</translation>
    </message>
    <message>
        <source>all fit</source>
        <translation>tous y tiennent</translation>
    </message>
    <message>
        <source>a limit of {limit} would fit</source>
        <translation>un temps de parole de {limit} conviendrait</translation>
    </message>
    <message>
        <source>none fits, even at {limit}</source>
        <translation>impossible, même à {limit}</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>déclaration</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recommandation</translation>
    </message>
    <message>
        <source>input on related activities</source>
        <translation>contribution sur des activités connexes</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>room or online</source>
        <translation>salle ou en ligne</translation>
    </message>
    <message>
        <source>queue entry</source>
        <translation>inscription sur la liste</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>segments</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>guiding questions</source>
        <translation>questions directrices</translation>
    </message>
    <message>
        <source>answers to</source>
        <translation>répond à</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suite à donner</translation>
    </message>
    <message>
        <source>quotable</source>
        <translation>citable</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>{name}’s {kind}</source>
        <translation>{kind} de {name}</translation>
    </message>
    <message>
        <source>an unnamed speaker’s {kind}</source>
        <translation>{kind} d’un orateur non nommé</translation>
    </message>
    <message>
        <source>Start ({segment})</source>
        <translation>Démarrer ({segment})</translation>
    </message>
    <message>
        <source>Next ({segment})</source>
        <translation>Suivant ({segment})</translation>
    </message>
    <message>
        <source>Back ({segment})</source>
        <translation>Retour ({segment})</translation>
    </message>
    <message>
        <source>Jump ({segment})</source>
        <translation>Aller à ({segment})</translation>
    </message>
    <message>
        <source>Pause ({segment})</source>
        <translation>Pause ({segment})</translation>
    </message>
    <message>
        <source>Resume ({segment})</source>
        <translation>Reprise ({segment})</translation>
    </message>
    <message>
        <source>Finish ({segment})</source>
        <translation>Terminer ({segment})</translation>
    </message>
    <message>
        <source>Extend by {amount} ({segment})</source>
        <translation>Prolonger de {amount} ({segment})</translation>
    </message>
    <message>
        <source>Shorten by {amount} ({segment})</source>
        <translation>Raccourcir de {amount} ({segment})</translation>
    </message>
    <message>
        <source>Start of {sitting}</source>
        <translation>Ouverture de la {sitting}</translation>
    </message>
    <message>
        <source>End of {sitting}</source>
        <translation>Levée de la {sitting}</translation>
    </message>
    <message>
        <source>Programme edit</source>
        <translation>Modification du programme</translation>
    </message>
    <message numerus="yes">
        <source>Import of %n participants</source>
        <translation>
            <numerusform>Import de %n participant</numerusform>
            <numerusform>Import de %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Guest {name}</source>
        <translation>Invité {name}</translation>
    </message>
    <message>
        <source>New participant {name}</source>
        <translation>Nouveau participant {name}</translation>
    </message>
    <message>
        <source>Edit of {name}</source>
        <translation>Modification de {name}</translation>
    </message>
    <message>
        <source>Move {name} to the top</source>
        <translation>Placer {name} en tête</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>Déplacer {name}</translation>
    </message>
    <message>
        <source>Call {name}</source>
        <translation>Donner la parole à {name}</translation>
    </message>
    <message>
        <source>Hold {name}</source>
        <translation>Suspendre {name}</translation>
    </message>
    <message>
        <source>Resume {name}</source>
        <translation>Reprendre {name}</translation>
    </message>
    <message>
        <source>Finish {name}</source>
        <translation>Terminer {name}</translation>
    </message>
    <message>
        <source>Skip {name}</source>
        <translation>Passer {name}</translation>
    </message>
    <message>
        <source>Defer {name}</source>
        <translation>Reporter {name} en fin de liste</translation>
    </message>
    <message>
        <source>Withdraw {name}</source>
        <translation>Retirer {name}</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>Rétablir {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Queue {name} ({segment})</source>
        <translation>Inscrire {name} ({segment})</translation>
    </message>
    <message>
        <source>Reorder the list ({segment})</source>
        <translation>Réordonner la liste ({segment})</translation>
    </message>
    <message>
        <source>Not yet heard first ({segment})</source>
        <translation>Priorité à ceux qui n’ont pas parlé ({segment})</translation>
    </message>
    <message>
        <source>Alternate room and online ({segment})</source>
        <translation>Alterner salle et en ligne ({segment})</translation>
    </message>
    <message>
        <source>Close the list ({segment})</source>
        <translation>Clore la liste ({segment})</translation>
    </message>
    <message>
        <source>Reopen the list ({segment})</source>
        <translation>Rouvrir la liste ({segment})</translation>
    </message>
    <message>
        <source>Speaking limit {limit} ({segment})</source>
        <translation>Temps de parole {limit} ({segment})</translation>
    </message>
    <message>
        <source>Extend {name} by {amount}</source>
        <translation>Prolonger {name} de {amount}</translation>
    </message>
    <message>
        <source>Shorten {name} by {amount}</source>
        <translation>Raccourcir {name} de {amount}</translation>
    </message>
    <message>
        <source>Capture of {what}</source>
        <translation>Saisie de : {what}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Edit of {what} ({fields})</source>
        <translation>Modification de : {what} ({fields})</translation>
    </message>
    <message>
        <source>Edit of {what}</source>
        <translation>Modification de : {what}</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>Supprimer : {what}</translation>
    </message>
    <message>
        <source>Restore {what}</source>
        <translation>Rétablir : {what}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Undo: {action}</source>
        <translation>Annuler : {action}</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <source>Redo: {action}</source>
        <translation>Rétablir : {action}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, ligne {line} : {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file} : {problem}</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Ligne {line} : {problem}</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <source>REHEARSAL — </source>
        <translation>RÉPÉTITION — </translation>
    </message>
    <message>
        <source>READ-ONLY — </source>
        <translation>LECTURE SEULE — </translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>À &amp;propos de Facilitator</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Facilitator {0}</source>
        <translation>Facilitator {0}</translation>
    </message>
    <message>
        <source>Runs a live UN meeting (agenda, clocks, speakers, room display) and produces its record.</source>
        <translation>Conduit une réunion des Nations Unies en direct (ordre du jour, horloges, orateurs, affichage en salle) et en produit le compte rendu.</translation>
    </message>
    <message>
        <source>Data folder: {0}</source>
        <translation>Dossier des données : {0}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Base de données : {0}</translation>
    </message>
    <message>
        <source>Backups: {0}</source>
        <translation>Sauvegardes : {0}</translation>
    </message>
    <message>
        <source>Logs: {0}</source>
        <translation>Journaux : {0}</translation>
    </message>
    <message>
        <source>About Facilitator</source>
        <translation>À propos de Facilitator</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Speaking limit</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>Time per speaker (m:ss):</source>
        <translation>Temps par orateur (m:ss) :</translation>
    </message>
    <message>
        <source>Leave the meeting?</source>
        <translation>Quitter la réunion ?</translation>
    </message>
    <message>
        <source>“{0}” is under way. Leave it for the list of meetings? Its clocks go on, and the room display closes until you open the meeting again.</source>
        <translation>« {0} » est en cours. La quitter pour la liste des réunions ? Ses horloges continuent, et l&apos;affichage en salle se ferme jusqu&apos;à ce que vous rouvriez la réunion.</translation>
    </message>
    <message>
        <source>Undo another seat&apos;s step?</source>
        <translation>Annuler l’étape d’un autre poste ?</translation>
    </message>
    <message>
        <source>The latest step of {0} is “{1}”. Undo it? They will see it undone on their seat.</source>
        <translation>La dernière étape de {0} est « {1} ». L’annuler ? Son poste la verra annulée.</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Milieu universitaire</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <source>State party</source>
        <translation>État partie</translation>
    </message>
    <message>
        <source>Intergovernmental organization</source>
        <translation>Organisation intergouvernementale</translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation>Entité des Nations Unies</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>dans la salle</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>Room</source>
        <extracomment>Room or online as a column or a count says it (&quot;3 Room · 2 Online&quot;).</extracomment>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Answer (panellist)</source>
        <translation>Réponse (intervenant)</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Input on related activities</source>
        <translation>Contribution sur des activités connexes</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Exposé</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Groupe de discussion</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>Questions-réponses</translation>
    </message>
    <message>
        <source>Standing item</source>
        <translation>Point permanent</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Débat</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>a la parole</translation>
    </message>
    <message>
        <source>held</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>spoke</source>
        <translation>a parlé</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sauté</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>Conclure</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>saisie</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restaurée</translation>
    </message>
    <message>
        <source>Meeting data</source>
        <translation>Données de la réunion</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Proceedings (agenda items and interventions)</source>
        <translation>Travaux (points de l&apos;ordre du jour et interventions)</translation>
    </message>
    <message>
        <source>Annex: timetable planned and actual</source>
        <translation>Annexe : horaire prévu et réel</translation>
    </message>
    <message>
        <source>Annex: list of speakers</source>
        <translation>Annexe : liste des orateurs</translation>
    </message>
    <message>
        <source>Annex: speaking time by stakeholder category</source>
        <translation>Annexe : temps de parole par catégorie de parties prenantes</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Document Word (.docx)</translation>
    </message>
    <message>
        <source>PDF, A4 (.pdf)</source>
        <translation>PDF, A4 (.pdf)</translation>
    </message>
    <message>
        <source>Web page, one file (.html)</source>
        <translation>Page web, un seul fichier (.html)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>CSV tables for spreadsheets (.csv)</source>
        <translation>Tableaux CSV pour tableur (.csv)</translation>
    </message>
    <message>
        <source>JSON, complete and re-importable (.json)</source>
        <translation>JSON, complet et réimportable (.json)</translation>
    </message>
    <message>
        <source>Co-Chairs&apos; summary, draft (Word .docx)</source>
        <translation>Résumé des Coprésidents, projet (Word .docx)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stakeholder category</source>
        <translation>Catégorie de parties prenantes</translation>
    </message>
    <message>
        <source>Attendance (room/online)</source>
        <translation>Participation (salle/en ligne)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jeune</translation>
    </message>
    <message>
        <source>next</source>
        <translation>suivant</translation>
    </message>
</context>
</TS>
