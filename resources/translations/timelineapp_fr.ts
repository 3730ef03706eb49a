<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActorDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/editing/dialogs.py" line="+257"/>
        <source>New Actor</source>
        <translation>Nouvel acteur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>other names, separated by commas</source>
        <translation>autres noms, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Part of:</source>
        <translation>&amp;Membre de&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aliases:</source>
        <translation>&amp;Alias&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ActorKind</name>
    <message>
        <location line="-35"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Military</source>
        <translation>Militaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ActorPane</name>
    <message>
        <location filename="../../src/timelineapp/ui/actor_pane.py" line="+126"/>
        <source>Find an actor (name or alias)</source>
        <translation>Chercher un acteur (nom ou alias)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check every actor</source>
        <translation>Cocher tous les acteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uncheck every actor</source>
        <translation>Décocher tous les acteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invert</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check exactly the unchecked</source>
        <translation>Cocher exactement les non cochés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All together (AND)</source>
        <translation>Tous ensemble (ET)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show events that involve every checked actor, not any of them</source>
        <translation>Montrer les événements qui impliquent tous les acteurs cochés, pas l’un d’eux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count an actor only where it has this role</source>
        <translation>Ne compter un acteur que là où il a ce rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show filtered events faded</source>
        <translation>Montrer estompés les événements filtrés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No event file is open.
Use File › Open (Ctrl+O).</source>
        <translation>Aucun fichier d’événements n’est ouvert.
Utilisez Fichier › Ouvrir (Ctrl+O).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Any role</source>
        <translation>Tout rôle</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Only this actor</source>
        <translation>Seulement cet acteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only this actor&apos;s events (also Alt+click)</source>
        <translation>Ne montrer que les événements de cet acteur (aussi Alt+clic)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncheck all</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invert checks</source>
        <translation>Inverser les coches</translation>
    </message>
</context>
<context>
    <name>ActorPropertiesDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/editing/dialogs.py" line="+53"/>
        <source>Actor Properties</source>
        <translation>Propriétés de l’acteur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;ctor:</source>
        <translation>A&amp;cteur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ActorTreeModel</name>
    <message>
        <location filename="../../src/timelineapp/ui/actor_model.py" line="+337"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown</source>
        <translation>Affichés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events in the file involving the actor or one of its members</source>
        <translation>Événements du fichier impliquant l’acteur ou l’un de ses membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of those, events the current filter shows</source>
        <translation>Parmi eux, ceux que le filtre actuel montre</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+11"/>
        <source>(no actor)</source>
        <translation>(aucun acteur)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Events that name no actor</source>
        <translation>Événements qui ne nomment aucun acteur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also: %1</source>
        <translation>Aussi&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ActorWords</name>
    <message>
        <location line="-365"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Military</source>
        <translation>Militaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>AddDocumentDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/editing/dialogs.py" line="-210"/>
        <source>Add Document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file chosen: paste the text below</source>
        <translation>Aucun fichier choisi&#xa0;: collez le texte ci-dessous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste the document&apos;s text here</source>
        <translation>Collez ici le texte du document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EDTF date, e.g. 2024-06-07</source>
        <translation>Date EDTF, p. ex. 2024-06-07</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep a &amp;copy beside the event file</source>
        <translation>Garder une &amp;copie à côté du fichier d’événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the text &amp;inside the event file</source>
        <translation>Enregistrer le texte &amp;dans le fichier d’événements</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The copy is written beside the event file when it is first saved</source>
        <translation>La copie est écrite à côté du fichier d’événements à son premier enregistrement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publisher:</source>
        <translation>&amp;Éditeur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pu&amp;blished:</source>
        <translation>Pu&amp;blié&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;rchive URL:</source>
        <translation>URL d’a&amp;rchive&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Document Properties</source>
        <translation>Propriétés du document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored inside the event file</source>
        <translation>Enregistré dans le fichier d’événements</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a Document</source>
        <translation>Choisir un document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text and HTML files (*.txt *.text *.md *.html *.htm);;All files (*)</source>
        <translation>Fichiers texte et HTML (*.txt *.text *.md *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Published: %1</source>
        <translation>Publié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archive URL</source>
        <translation>URL d’archive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: expected an http:// or https:// address</source>
        <translation>%1&#xa0;: une adresse http:// ou https:// est attendue</translation>
    </message>
</context>
<context>
    <name>AttributeDialog</name>
    <message>
        <location line="+139"/>
        <source>Attribute Quote</source>
        <translation>Attribuer la citation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quoted:</source>
        <translation>&amp;Cité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick an actor, or type who speaks (a phrase).</source>
        <translation>Choisissez un acteur, ou tapez qui parle (une expression).</translation>
    </message>
</context>
<context>
    <name>BuildDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/build_dialog.py" line="+119"/>
        <source>New from Article</source>
        <translation>Nouveau à partir d’un article</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add Articles…</source>
        <translation>&amp;Ajouter des articles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>draft.timeline.json, beside the articles</source>
        <translation>draft.timeline.json, à côté des articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bro&amp;wse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. 2024-06 or 2024-06-08 (optional)</source>
        <translation>p. ex. 2024-06 ou 2024-06-08 (facultatif)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publication date of the articles, as precise as known. Without it, the date is taken from the page or a &apos;date&apos; line at the top of the text; relative dates (“Friday”, “yesterday”) need it.</source>
        <translation>Date de publication des articles, aussi précise que connue. Sans elle, la date est prise dans la page ou dans une ligne «&#xa0;date&#xa0;» en tête du texte&#xa0;; les dates relatives («&#xa0;vendredi&#xa0;», «&#xa0;hier&#xa0;») en ont besoin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default: the first article&apos;s title</source>
        <translation>par défaut&#xa0;: le titre du premier article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;rticles:</source>
        <translation>A&amp;rticles&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save draft as:</source>
        <translation>&amp;Enregistrer le brouillon sous&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Published:</source>
        <translation>&amp;Publié&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Build Draft</source>
        <translation>&amp;Construire le brouillon</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose Articles</source>
        <translation>Choisir des articles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles (*.txt *.html *.htm);;All files (*)</source>
        <translation>Articles (*.txt *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save Draft As</source>
        <translation>Enregistrer le brouillon sous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event files (*.timeline.json)</source>
        <translation>Fichiers d’événements (*.timeline.json)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add at least one article.</source>
        <translation>Ajoutez au moins un article.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The draft&apos;s name must end in .timeline.json.</source>
        <translation>Le nom du brouillon doit se terminer par .timeline.json.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Published: {error}</source>
        <translation>Publié&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the articles…</source>
        <translation>Lecture des articles…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n draft event(s) written.</source>
        <translation>
            <numerusform>%n événement brouillon écrit.</numerusform>
            <numerusform>%n événements brouillons écrits.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The draft was not built: {reason}</source>
        <translation>Le brouillon n’a pas été construit&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>New from &amp;Article…</source>
        <translation>Nouveau à partir d’un &amp;article…</translation>
    </message>
</context>
<context>
    <name>CloseReloadActions</name>
    <message>
        <location filename="../../src/timelineapp/ui/file_actions.py" line="+95"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload {name} from disk? Your unsaved changes will be lost.</source>
        <translation>Recharger {name} depuis le disque&#xa0;? Les modifications non enregistrées seront perdues.</translation>
    </message>
</context>
<context>
    <name>DataExportFlow</name>
    <message>
        <location filename="../../src/timelineapp/ui/data_export_flow.py" line="+36"/>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TimelineJS JSON (*.json)</source>
        <translation>JSON TimelineJS (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timesketch JSONL (*.jsonl)</source>
        <translation>JSONL Timesketch (*.jsonl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export Data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+10"/>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{name} could not be written: {reason}</source>
        <translation>{name} n’a pas pu être écrit&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The export failed: {reason}</source>
        <translation>L’exportation a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data exported</source>
        <translation>Données exportées</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s) written to {name}.</source>
        <translation>
            <numerusform>%n événement écrit dans {name}.</numerusform>
            <numerusform>%n événements écrits dans {name}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not everything could be carried over:</source>
        <translation>Tout n’a pas pu être transmis&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/timelineapp/ui/editing/date_field.py" line="+25"/>
        <source>undated, or e.g. 2024-05-19, 2024-06, [..2024-09-15]</source>
        <translation>non daté, ou p. ex. 2024-05-19, 2024-06, [..2024-09-15]</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../src/timelineapp/ui/panes/document_pane.py" line="+251"/>
        <source>New &amp;Event from Selection</source>
        <translation>Nouvel &amp;événement à partir de la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as &amp;Quote to Selected Event</source>
        <translation>Ajouter comme &amp;citation à l’événement sélectionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resize Selected Event&apos;s Quote to Selection</source>
        <translation>&amp;Ajuster la citation de l’événement à la sélection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use as &amp;Date Phrase</source>
        <translation>Utiliser comme expression de &amp;date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttribute Quote to…</source>
        <translation>A&amp;ttribuer la citation à…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Actor from Selection…</source>
        <translation>Nouvel &amp;acteur à partir de la sélection…</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>⚠ The text of this document no longer matches its recorded SHA-256: quotes may be wrong</source>
        <translation>⚠ Le texte de ce document ne correspond plus à son SHA-256 enregistré&#xa0;: les citations peuvent être fausses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ Text not available</source>
        <translation>⚠ Texte indisponible</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No document to show</source>
        <translation>Aucun document à afficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text not available</source>
        <translation>Texte indisponible</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not the recorded words: see the Quotes pane</source>
        <translation>Ce ne sont pas les mots enregistrés&#xa0;: voir le panneau Citations</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <location filename="../../src/timelineapp/ui/build_dialog.py" line="-82"/>
        <source>Draft built automatically: review before use</source>
        <translation>Brouillon construit automatiquement&#xa0;: à relire avant usage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every event is unreviewed; its note says how its date, actors and quotes were found.</source>
        <translation>Aucun événement n’est relu&#xa0;; sa note dit comment sa date, ses acteurs et ses citations ont été trouvés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>EditFlow</name>
    <message>
        <location filename="../../src/timelineapp/ui/editing/edit_flow.py" line="+73"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Document…</source>
        <translation>Ajouter un &amp;document…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Actor…</source>
        <translation>Nouvel &amp;acteur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge Actors…</source>
        <translation>&amp;Fusionner des acteurs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor P&amp;roperties…</source>
        <translation>P&amp;ropriétés de l’acteur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Event</source>
        <translation>&amp;Supprimer l’événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File P&amp;roperties…</source>
        <translation>P&amp;ropriétés du fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document Pr&amp;operties…</source>
        <translation>Propriétés du d&amp;ocument…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New Event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot make this change</source>
        <translation>Impossible de faire cette modification</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot make this file</source>
        <translation>Impossible de créer ce fichier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File Properties</source>
        <translation>Propriétés du fichier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change file title and language</source>
        <translation>Modifier le titre et la langue du fichier</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change document &apos;%1&apos;</source>
        <translation>Modifier le document «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add document &apos;%1&apos;</source>
        <translation>Ajouter le document «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot add this document</source>
        <translation>Impossible d’ajouter ce document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document added: select words in it to make events</source>
        <translation>Document ajouté&#xa0;: sélectionnez-y des mots pour créer des événements</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>New actor &apos;%1&apos;</source>
        <translation>Nouvel acteur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot add this actor</source>
        <translation>Impossible d’ajouter cet acteur</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Change actor &apos;%1&apos;</source>
        <translation>Modifier l’acteur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merge &apos;%1&apos; into &apos;%2&apos;</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete event &apos;%1&apos;</source>
        <translation>Supprimer l’événement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot make this event</source>
        <translation>Impossible de créer cet événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New event &apos;%1&apos;</source>
        <translation>Nouvel événement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add quote to &apos;%1&apos;</source>
        <translation>Ajouter une citation à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+83"/>
        <source>Select an event first</source>
        <translation>Sélectionnez d’abord un événement</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Set date phrase of &apos;%1&apos;</source>
        <translation>Définir l’expression de date de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These words suggest the date %1: set it in the event editor</source>
        <translation>Ces mots suggèrent la date %1&#xa0;: définissez-la dans l’éditeur d’événement</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No quote of the selected event overlaps the selection in this document</source>
        <translation>Aucune citation de l’événement sélectionné ne chevauche la sélection dans ce document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resize quote of &apos;%1&apos;</source>
        <translation>Ajuster la citation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add attributed quote to &apos;%1&apos;</source>
        <translation>Ajouter une citation attribuée à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attribute quote of &apos;%1&apos;</source>
        <translation>Attribuer la citation de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../src/timelineapp/ui/editing/event_editor.py" line="+68"/>
        <source>Select an event to edit it</source>
        <translation>Sélectionnez un événement pour le modifier</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>role (optional)</source>
        <translation>rôle (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Actor</source>
        <translation>Retirer l’acteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>separated by commas</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove Quote</source>
        <translation>Retirer la citation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute…</source>
        <translation>Attribuer…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review:</source>
        <translation>&amp;Relecture&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actors:</source>
        <translation>&amp;Acteurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>Ré&amp;sumé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quotes:</source>
        <translation>&amp;Citations&#xa0;:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>by %1, %2</source>
        <translation>par %1, %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Rename &apos;%1&apos;</source>
        <translation>Renommer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change id of &apos;%1&apos;</source>
        <translation>Modifier l’identifiant de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change place of &apos;%1&apos;</source>
        <translation>Modifier le lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change summary of &apos;%1&apos;</source>
        <translation>Modifier le résumé de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change note of &apos;%1&apos;</source>
        <translation>Modifier la note de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change date of &apos;%1&apos;</source>
        <translation>Modifier la date de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change status of &apos;%1&apos;</source>
        <translation>Modifier le statut de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change review of &apos;%1&apos;</source>
        <translation>Modifier la relecture de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change tags of &apos;%1&apos;</source>
        <translation>Modifier les étiquettes de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add actor to &apos;%1&apos;</source>
        <translation>Ajouter un acteur à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove actor from &apos;%1&apos;</source>
        <translation>Retirer un acteur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove quote from &apos;%1&apos;</source>
        <translation>Retirer une citation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attribute quote of &apos;%1&apos;</source>
        <translation>Attribuer la citation de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EventPane</name>
    <message>
        <location filename="../../src/timelineapp/ui/panes/event_pane.py" line="+74"/>
        <source>No event selected</source>
        <translation>Aucun événement sélectionné</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1 (precision: %2)</source>
        <translation>%1 (précision&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In the source: %1</source>
        <translation>Dans la source&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, but %2</source>
        <translation>%1, mais %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Review: %1</source>
        <translation>Relecture&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EventWords</name>
    <message>
        <location filename="../../src/timelineapp/ui/events_model.py" line="+64"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occurred</source>
        <translation>Survenu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreviewed</source>
        <translation>Non relu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second</source>
        <translation>seconde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undated</source>
        <translation>Non daté</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>« %1 »</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <location filename="../../src/timelineapp/ui/panes/events_pane.py" line="+199"/>
        <source>No file open</source>
        <translation>Aucun fichier ouvert</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n undated</source>
        <translation>
            <numerusform>%n non daté</numerusform>
            <numerusform>%n non datés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n affiché</numerusform>
            <numerusform>%n affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <location filename="../../src/timelineapp/ui/events_model.py" line="+104"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../src/timelineapp/render/export.py" line="+198"/>
        <source>Timeline exported by timelineapp {version} from {name} (SHA-256 {hash})</source>
        <translation>Chronologie exportée par timelineapp {version} depuis {name} (SHA-256 {hash})</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../src/timelineapp/render/export_layout.py" line="+381"/>
        <location line="+145"/>
        <source>Filter: {filter}</source>
        <translation>Filtre&#xa0;: {filter}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported {date}</source>
        <translation>Exportée le {date}</translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/render/export_layout.py" line="-237"/>
        <source>No events match the filter</source>
        <translation>Aucun événement ne correspond au filtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No events in the exported period</source>
        <translation>Aucun événement dans la période exportée</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No actor</source>
        <translation>Aucun acteur</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>{shown} of %Ln event(s) shown</source>
        <translation>
            <numerusform>{shown} sur %Ln événement affiché</numerusform>
            <numerusform>{shown} sur %Ln événements affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln undated event(s) not on the timeline</source>
        <translation>
            <numerusform>%Ln événement non daté absent de la chronologie</numerusform>
            <numerusform>%Ln événements non datés absents de la chronologie</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>page {page} of {pages}</source>
        <translation>page {page} sur {pages}</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%Ln quote(s) do not match their documents</source>
        <translation>
            <numerusform>%Ln citation ne correspond pas à son document</numerusform>
            <numerusform>%Ln citations ne correspondent pas à leurs documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln date phrase(s) do not match their documents</source>
        <translation>
            <numerusform>%Ln expression de date ne correspond pas à son document</numerusform>
            <numerusform>%Ln expressions de date ne correspondent pas à leurs documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln event(s) cite a document that cannot be read</source>
        <translation>
            <numerusform>%Ln événement cite un document illisible</numerusform>
            <numerusform>%Ln événements citent un document illisible</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the document cannot be read</source>
        <translation>le document est illisible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>date phrase</source>
        <translation>expression de date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}”, {what}: the file records “{was}”, the document now says “{now}”</source>
        <translation>«&#xa0;{title}&#xa0;», {what}&#xa0;: le fichier enregistre «&#xa0;{was}&#xa0;», le document dit maintenant «&#xa0;{now}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>… and %Ln more (timelineapp validate lists them all)</source>
        <translation>
            <numerusform>… et %Ln autre (timelineapp validate les liste tous)</numerusform>
            <numerusform>… et %Ln autres (timelineapp validate les liste tous)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… and %Ln more source document(s), listed in the event file</source>
        <translation>
            <numerusform>… et %Ln autre document source, listé dans le fichier d’événements</numerusform>
            <numerusform>… et %Ln autres documents sources, listés dans le fichier d’événements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No source documents are cited by the events shown.</source>
        <translation>Les événements affichés ne citent aucun document source.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none (all events)</source>
        <translation>aucun (tous les événements)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File: {name} · SHA-256 {hash}</source>
        <translation>Fichier&#xa0;: {name} · SHA-256 {hash}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exported {date} with timelineapp {version}</source>
        <translation>exporté le {date} avec timelineapp {version}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="+79"/>
        <source>Export Image</source>
        <translation>Exporter l’image</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visible window</source>
        <translation>Fenêtre visible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole timeline</source>
        <translation>Chronologie entière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected event’s span</source>
        <translation>Étendue de l’événement sélectionné</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>View Size</source>
        <translation>Taille de la vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the size of the timeline on screen</source>
        <translation>Utiliser la taille de la chronologie à l’écran</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pixels per point: 2× makes a sharp image for high-resolution screens and print</source>
        <translation>Pixels par point&#xa0;: 2× donne une image nette pour les écrans haute résolution et l’impression</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transparent background</source>
        <translation>Fond transparent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Extent:</source>
        <translation>É&amp;tendue&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Size (px):</source>
        <translation>&amp;Taille (px)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;cale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page:</source>
        <translation>&amp;Page&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date axis</source>
        <translation>Axe des dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter in words</source>
        <translation>Filtre en toutes lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer with sources</source>
        <translation>Pied de page avec les sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compress empty stretches</source>
        <translation>Compresser les périodes vides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw long stretches without events as labelled axis breaks</source>
        <translation>Dessiner les longues périodes sans événement comme des coupures d’axe légendées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include</source>
        <translation>Inclure</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>No preview</source>
        <translation>Pas d’aperçu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One {page} page, {orientation}</source>
        <translation>Une page {page}, {orientation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{width} × {height} px</source>
        <translation>{width} × {height} px</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../src/timelineapp/ui/export_flow.py" line="+59"/>
        <location line="+46"/>
        <location line="+22"/>
        <location line="+44"/>
        <location line="+14"/>
        <source>Export Image</source>
        <translation>Exporter l’image</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Open an event file first.</source>
        <translation>Ouvrez d’abord un fichier d’événements.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exporting {name}…</source>
        <translation>Export de {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{name} could not be exported.</source>
        <translation>{name} n’a pas pu être exporté.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported {name}</source>
        <translation>{name} exporté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <location filename="../../src/timelineapp/ui/file_opener.py" line="+130"/>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+31"/>
        <source>Cannot open event file</source>
        <translation>Impossible d’ouvrir le fichier d’événements</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>{name} could not be opened. Nothing was changed; fix these problems and open it again:</source>
        <translation>{name} n’a pas pu être ouvert. Rien n’a été modifié&#xa0;; corrigez ces problèmes et rouvrez-le&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Problems in event file</source>
        <translation>Problèmes dans le fichier d’événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was opened, with these problems:</source>
        <translation>{name} a été ouvert, avec ces problèmes&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} does not exist.</source>
        <translation>{name} n’existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} cannot be read: {reason}.</source>
        <translation>{name} est illisible&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/timelineapp/ui/filter_bar.py" line="+71"/>
        <source>Search titles, summaries, notes, quotes…</source>
        <translation>Chercher dans les titres, résumés, notes, citations…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events containing every word, ignoring case and accents.
Enter: next match, Shift+Enter: previous match.</source>
        <translation>Événements contenant chaque mot, sans tenir compte de la casse ni des accents.
Entrée&#xa0;: résultat suivant, Maj+Entrée&#xa0;: résultat précédent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From (e.g. 2012)</source>
        <translation>Du (p. ex. 2012)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (e.g. 2024-06)</source>
        <translation>Au (p. ex. 2024-06)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>possibly within</source>
        <translation>peut-être dans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certainly within</source>
        <translation>certainement dans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possibly: the event may fall in the range (its dates overlap it).
Certainly: all the event&apos;s possible dates are inside the range.</source>
        <translation>Peut-être&#xa0;: l’événement peut tomber dans l’intervalle (ses dates le chevauchent).
Certainement&#xa0;: toutes les dates possibles de l’événement sont dans l’intervalle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every filter and show all events</source>
        <translation>Retirer tous les filtres et montrer tous les événements</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+105"/>
        <source>An EDTF date: 2012, 2024-06, 2024-06-07</source>
        <translation>Une date EDTF&#xa0;: 2012, 2024-06, 2024-06-07</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/import_flow.py" line="+515"/>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Read %n item(s) as {format}.</source>
        <translation>
            <numerusform>%n élément lu comme {format}.</numerusform>
            <numerusform>%n éléments lus comme {format}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n event(s) will be imported.</source>
        <translation>
            <numerusform>%n événement sera importé.</numerusform>
            <numerusform>%n événements seront importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) left out (see Problems).</source>
        <translation>
            <numerusform>%n élément écarté (voir Problèmes).</numerusform>
            <numerusform>%n éléments écartés (voir Problèmes).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problèmes (%n)</numerusform>
            <numerusform>Problèmes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing is written until you choose. Imported events have no verified quotes: their sources are documents without text.</source>
        <translation>Rien n’est écrit avant votre choix. Les événements importés n’ont pas de citation vérifiée&#xa0;: leurs sources sont des documents sans texte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open Without Saving</source>
        <translation>&amp;Ouvrir sans enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save As and Open…</source>
        <translation>&amp;Enregistrer sous et ouvrir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(undated)</source>
        <translation>(non daté)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+44"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+46"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+47"/>
        <location line="+44"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+47"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+50"/>
        <location line="+40"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>left out</source>
        <translation>écarté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not kept</source>
        <translation>non conservé</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… and %n more not listed</source>
        <translation>
            <numerusform>… et %n autre non listé</numerusform>
            <numerusform>… et %n autres non listés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{what}, %n time(s): {reason}</source>
        <translation>
            <numerusform>{what}, %n fois&#xa0;: {reason}</numerusform>
            <numerusform>{what}, %n fois&#xa0;: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns (change one and re-import to see the result)</source>
        <translation>Colonnes (changez-en une et réimportez pour voir le résultat)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source URL</source>
        <translation>URL de la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source title</source>
        <translation>Titre de la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>timelineapp import --map {field}=COLUMN</source>
        <translation>timelineapp import --map {field}=COLONNE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Re-import</source>
        <translation>&amp;Réimporter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TimelineJS groups become:</source>
        <translation>Les groupes TimelineJS deviennent&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location line="-629"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a TimelineJS, spreadsheet, ACLED, Timesketch or calendar file</source>
        <translation>Importer un fichier TimelineJS, tableur, ACLED, Timesketch ou calendrier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;Data…</source>
        <translation>Exporter les &amp;données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the events shown as CSV, TimelineJS, Timesketch or iCalendar</source>
        <translation>Écrire les événements affichés en CSV, TimelineJS, Timesketch ou iCalendar</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>TimelineJS JSON</source>
        <translation>JSON TimelineJS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TimelineJS spreadsheet (CSV)</source>
        <translation>Tableur TimelineJS (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACLED export (CSV)</source>
        <translation>Export ACLED (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timesketch or Plaso timeline (CSV, JSONL)</source>
        <translation>Chronologie Timesketch ou Plaso (CSV, JSONL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table of events (CSV, TSV)</source>
        <translation>Tableau d’événements (CSV, TSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All importable files</source>
        <translation>Tous les fichiers importables</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Timeline</source>
        <translation>Importer une chronologie</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot import</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} could not be imported; nothing was changed.

{reason}</source>
        <translation>{name} n’a pas pu être importé&#xa0;; rien n’a été modifié.

{reason}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} (imported, not saved)</source>
        <translation>{name} (importé, non enregistré)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening the import of {name}…</source>
        <translation>Ouverture de l’import de {name}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot open the import</source>
        <translation>Impossible d’ouvrir l’import</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{title} — imported, not saved — timelineapp</source>
        <translation>{title} — importé, non enregistré — timelineapp</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save Imported Event File</source>
        <translation>Enregistrer le fichier d’événements importé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event files (*.timeline.json)</source>
        <translation>Fichiers d’événements (*.timeline.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} could not be written: {reason}</source>
        <translation>{name} n’a pas pu être écrit&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../src/timelineapp/render/legend.py" line="+61"/>
        <source>Event on a day</source>
        <translation>Événement d’un jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interval (solid where certain)</source>
        <translation>Intervalle (plein là où il est certain)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imprecise date (sometime in here)</source>
        <translation>Date imprécise (quelque part ici)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uncertain date (?)</source>
        <translation>Date incertaine (?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximate date (~)</source>
        <translation>Date approximative (~)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open side (no bound known)</source>
        <translation>Côté ouvert (aucune borne connue)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reviewed yet (pale, label in italics)</source>
        <translation>Pas encore relu (pâle, libellé en italique)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quote no longer matches its document</source>
        <translation>Une citation ne correspond plus à son document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source document published</source>
        <translation>Publication d’un document source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events that did not fit (count)</source>
        <translation>Événements qui n’ont pas trouvé place (nombre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events per column (too many to draw)</source>
        <translation>Événements par colonne (trop nombreux pour être dessinés)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Marks</source>
        <translation>Marques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours: actors</source>
        <translation>Couleurs&#xa0;: acteurs</translation>
    </message>
</context>
<context>
    <name>LegendCanvas</name>
    <message>
        <location filename="../../src/timelineapp/ui/legend_pane.py" line="+65"/>
        <source>No actor</source>
        <translation>Aucun acteur</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No event file is open.</source>
        <translation>Aucun fichier d’événements n’est ouvert.</translation>
    </message>
</context>
<context>
    <name>LegendPane</name>
    <message>
        <location line="+33"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="+112"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Event</source>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Image…</source>
        <translation>&amp;Exporter l’image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit All</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to &amp;Selection</source>
        <translation>Zoomer sur la &amp;sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compress Empty Stretches</source>
        <translation>&amp;Compresser les périodes vides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous Event</source>
        <translation>Événement &amp;précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Event</source>
        <translation>Événement &amp;suivant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo Filter Change</source>
        <translation>&amp;Annuler le changement de filtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Show All Events</source>
        <translation>&amp;Montrer tous les événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About timelineapp</source>
        <translation>À &amp;propos de timelineapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Example</source>
        <translation>Ouvrir l’&amp;exemple</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print</source>
        <translation>&amp;Impression</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E&amp;vents</source>
        <translation>É&amp;vénements</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Review</source>
        <translation>&amp;Relecture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Panes</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Open Event File</source>
        <translation>Ouvrir un fichier d’événements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event files (*.timeline.json *.json);;All files (*)</source>
        <translation>Fichiers d’événements (*.timeline.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>About timelineapp</source>
        <translation>À propos de timelineapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timelineapp {version}
A timeline viewer for sourced chronologies: every event traceable to verbatim quotes, no date more precise than its source.</source>
        <translation>timelineapp {version}
Un visualiseur de chronologies sourcées&#xa0;: chaque événement relié à des citations exactes, aucune date plus précise que sa source.</translation>
    </message>
</context>
<context>
    <name>MergeActorsDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/editing/dialogs.py" line="-48"/>
        <source>Merge Actors</source>
        <translation>Fusionner des acteurs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Merge:</source>
        <translation>&amp;Fusionner&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Into:</source>
        <translation>&amp;Dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its events, quotes and names follow; it becomes an alias of the other.</source>
        <translation>Ses événements, citations et noms suivent&#xa0;; il devient un alias de l’autre.</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/editing/new_event_dialog.py" line="+37"/>
        <source>New Event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Suggested from the words %1: check it; they become the date phrase</source>
        <translation>Suggérée par les mots %1&#xa0;: vérifiez-la&#xa0;; ils deviennent l’expression de date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No date found in the selection or its sentence: leave it empty if the source gives none</source>
        <translation>Aucune date trouvée dans la sélection ou sa phrase&#xa0;: laissez vide si la source n’en donne pas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First quote:</source>
        <translation>Première citation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NewFileDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/editing/dialogs.py" line="-287"/>
        <source>New Event File</source>
        <translation>Nouveau fichier d’événements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Niger 2024: withdrawal of US troops</source>
        <translation>p. ex. Niger 2024&#xa0;: retrait des troupes américaines</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undetermined</source>
        <translation>Indéterminée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of titles and summaries:</source>
        <translation>&amp;Langue des titres et résumés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <location filename="../../src/timelineapp/ui/overview.py" line="+33"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole timeline: drag the box to move the view, its edges to zoom</source>
        <translation>Chronologie entière&#xa0;: faites glisser le cadre pour déplacer la vue, ses bords pour zoomer</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message numerus="yes">
        <location filename="../../src/timelineapp/ui/provenance_words.py" line="+41"/>
        <source>%n quote(s) no longer match(es) its document</source>
        <translation>
            <numerusform>%n citation ne correspond plus à son document</numerusform>
            <numerusform>%n citations ne correspondent plus à leur document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n date phrase(s) no longer match(es) its document</source>
        <translation>
            <numerusform>%n expression de date ne correspond plus à son document</numerusform>
            <numerusform>%n expressions de date ne correspondent plus à leur document</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a document it cites cannot be read</source>
        <translation>un document qu’il cite est illisible</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n provenance problem(s)</source>
        <translation>
            <numerusform>%n problème de provenance</numerusform>
            <numerusform>%n problèmes de provenance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n recorded passage(s) no longer match(es) this document&apos;s text; they are marked in red</source>
        <translation>
            <numerusform>%n passage enregistré ne correspond plus au texte de ce document&#xa0;; il est marqué en rouge</numerusform>
            <numerusform>%n passages enregistrés ne correspondent plus au texte de ce document&#xa0;; ils sont marqués en rouge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its text differs from the recorded SHA-256</source>
        <translation>son texte diffère du SHA-256 enregistré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its text cannot be read, so its quotes cannot be checked</source>
        <translation>son texte est illisible, ses citations ne peuvent donc pas être vérifiées</translation>
    </message>
</context>
<context>
    <name>ProvenancePane</name>
    <message>
        <location filename="../../src/timelineapp/ui/provenance_pane.py" line="+36"/>
        <source>Provenance problems</source>
        <translation>Problèmes de provenance</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No event file is open.</source>
        <translation>Aucun fichier d’événements n’est ouvert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every quote and date phrase matches its document&apos;s text.</source>
        <translation>Chaque citation et expression de date correspond au texte de son document.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(the first ones; the file has more problems)</source>
        <translation>(les premiers&#xa0;; le fichier a d’autres problèmes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click one to show its event or document.</source>
        <translation>Cliquez sur l’un d’eux pour afficher son événement ou son document.</translation>
    </message>
</context>
<context>
    <name>QuotesModel</name>
    <message>
        <location filename="../../src/timelineapp/ui/panes/quotes_pane.py" line="+165"/>
        <source>⚠ The document cannot be read: this quote is unchecked.</source>
        <translation>⚠ Le document est illisible&#xa0;: cette citation n’est pas vérifiée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ No longer matches the document, which now says:</source>
        <translation>⚠ Ne correspond plus au document, qui dit maintenant&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>— %1, in %2</source>
        <translation>— %1, dans %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— in %1</source>
        <translation>— dans %1</translation>
    </message>
</context>
<context>
    <name>QuotesPane</name>
    <message>
        <location line="+98"/>
        <source>No event selected</source>
        <translation>Aucun événement sélectionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This event has no quotes</source>
        <translation>Cet événement n’a pas de citation</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <location filename="../../src/timelineapp/ui/file_actions.py" line="-93"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove Missing Files</source>
        <translation>&amp;Retirer les fichiers introuvables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No Recent Files</source>
        <translation>Aucun fichier récent</translation>
    </message>
</context>
<context>
    <name>ReviewMode</name>
    <message>
        <location filename="../../src/timelineapp/ui/editing/review.py" line="+60"/>
        <source>&amp;Review Mode</source>
        <translation>Mode &amp;relecture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark &amp;Verified</source>
        <translation>Marquer &amp;vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;Disputed</source>
        <translation>Marquer &amp;contesté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete Event</source>
        <translation>&amp;Supprimer l’événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Unreviewed</source>
        <translation>Non relu &amp;suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Unreviewed</source>
        <translation>Non relu &amp;précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer &amp;Name…</source>
        <translation>&amp;Nom du relecteur…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reviewer Name</source>
        <translation>Nom du relecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name recorded with each review verdict:</source>
        <translation>Nom enregistré avec chaque verdict de relecture&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{done} of {total} reviewed</source>
        <translation>{done} sur {total} relus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every event is reviewed</source>
        <translation>Tous les événements sont relus</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mark &apos;%1&apos; verified</source>
        <translation>Marquer «&#xa0;%1&#xa0;» vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &apos;%1&apos; disputed</source>
        <translation>Marquer «&#xa0;%1&#xa0;» contesté</translation>
    </message>
</context>
<context>
    <name>SaveFlow</name>
    <message>
        <location filename="../../src/timelineapp/ui/editing/save_flow.py" line="+31"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save Event File</source>
        <translation>Enregistrer le fichier d’événements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event files (*.timeline.json)</source>
        <translation>Fichiers d’événements (*.timeline.json)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} was changed on disk since it was opened (by another program, or a git pull). Saving replaces those changes with yours; the version on disk is kept as {name}.bak.</source>
        <translation>{name} a été modifié sur le disque depuis son ouverture (par un autre programme, ou un git pull). Enregistrer remplace ces modifications par les vôtres&#xa0;; la version du disque est gardée sous {name}.bak.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{reason}

The file on disk was not changed.</source>
        <translation>{reason}

Le fichier sur le disque n’a pas été modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving failed unexpectedly; the file on disk was not changed. The details are in the log.</source>
        <translation>L’enregistrement a échoué de façon inattendue&#xa0;; le fichier sur le disque n’a pas été modifié. Les détails sont dans le journal.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to {name}?</source>
        <translation>Enregistrer les modifications de {name}&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/shortcuts_dialog.py" line="+44"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>SourcesPane</name>
    <message>
        <location filename="../../src/timelineapp/ui/panes/sources_pane.py" line="+122"/>
        <source>No event selected</source>
        <translation>Aucun événement sélectionné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This event cites no source</source>
        <translation>Cet événement ne cite aucune source</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>⚠ The text of this document no longer matches its recorded SHA-256: quotes may be wrong</source>
        <translation>⚠ Le texte de ce document ne correspond plus à son SHA-256 enregistré&#xa0;: les citations peuvent être fausses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ Text not available</source>
        <translation>⚠ Texte indisponible</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n quote(s) from this document</source>
        <translation>
            <numerusform>%n citation de ce document</numerusform>
            <numerusform>%n citations de ce document</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>⚠ The date phrase at characters %1–%2 no longer matches: recorded %3, the document now says %4</source>
        <translation>⚠ L’expression de date aux caractères %1–%2 ne correspond plus&#xa0;: enregistré %3, le document dit maintenant %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Quote %5 at characters %1–%2 no longer matches: recorded %3, the document now says %4</source>
        <translation>⚠ La citation %5 aux caractères %1–%2 ne correspond plus&#xa0;: enregistré %3, le document dit maintenant %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Publisher:</source>
        <translation>Éditeur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author:</source>
        <translation>Auteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published:</source>
        <translation>Publié&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrieved:</source>
        <translation>Consulté&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL:</source>
        <translation>URL&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archive:</source>
        <translation>Archive&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../src/timelineapp/render/compress.py" line="+164"/>
        <source>{span}, no events</source>
        <extracomment>A stretch without events is compressed when longer than this share of the data&apos;s extent. ... and longer than half a year (a pause of weeks or months is part of a story). What a compressed stretch keeps, as a share of the packed extent (its break&apos;s width).</extracomment>
        <translation>{span}, aucun événement</translation>
    </message>
</context>
<context>
    <name>TimelineStatusBar</name>
    <message>
        <location filename="../../src/timelineapp/ui/status_bar.py" line="+45"/>
        <source>Show the list of provenance problems</source>
        <translation>Afficher la liste des problèmes de provenance</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{title}” is hidden by the filter: the selection was cleared</source>
        <translation>«&#xa0;{title}&#xa0;» est masqué par le filtre&#xa0;: la sélection a été effacée</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {total} events</source>
        <translation>{shown} sur {total} événements</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n undated</source>
        <translation>
            <numerusform>%n non daté</numerusform>
            <numerusform>%n non datés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../src/timelineapp/ui/timeline_widget.py" line="+95"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>No event file is open. Use File › Open (Ctrl+O).</source>
        <translation>Aucun fichier d’événements n’est ouvert. Utilisez Fichier › Ouvrir (Ctrl+O).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} events span this whole view (coarse dates, long intervals): click to zoom out</source>
        <translation>{count} événements couvrent toute cette vue (dates larges, longs intervalles)&#xa0;: cliquez pour dézoomer</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>This file has no events yet.</source>
        <translation>Ce fichier n’a pas encore d’événement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No event matches the filter: {filter}</source>
        <translation>Aucun événement ne correspond au filtre&#xa0;: {filter}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No event matches the filter.</source>
        <translation>Aucun événement ne correspond au filtre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all events</source>
        <translation>Montrer tous les événements</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The %n matching event(s) have no date: see the Events table.</source>
        <translation>
            <numerusform>L’événement correspondant n’a pas de date&#xa0;: voir le tableau Événements.</numerusform>
            <numerusform>Les %n événements correspondants n’ont pas de date&#xa0;: voir le tableau Événements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>None of the %n matching event(s) is in this period.</source>
        <translation>
            <numerusform>L’événement correspondant n’est pas dans cette période.</numerusform>
            <numerusform>Aucun des %n événements correspondants n’est dans cette période.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show them (Fit All)</source>
        <translation>Les montrer (Tout afficher)</translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>%n more: see the Events table</source>
        <translation>
            <numerusform>%n de plus&#xa0;: voir le tableau Événements</numerusform>
            <numerusform>%n de plus&#xa0;: voir le tableau Événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n event(s) here; click to zoom in</source>
        <translation>
            <numerusform>%n événement ici&#xa0;; cliquez pour zoomer</numerusform>
            <numerusform>%n événements ici&#xa0;; cliquez pour zoomer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Published: {title} ({date})</source>
        <translation>Publié&#xa0;: {title} ({date})</translation>
    </message>
</context>
</TS>
