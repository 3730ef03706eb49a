<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/help_dialogs.py" line="+226"/>
        <source>About timelineapp</source>
        <translation>À propos de timelineapp</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A workbench for sourced chronologies: every event traceable to verbatim quotes, no date more precise than its source.</source>
        <translation>Un atelier de chronologies sourcées&#xa0;: chaque événement remonte à des citations exactes, aucune date n’est plus précise que sa source.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Licence: {licence}</source>
        <translation>Licence&#xa0;: {licence}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built with:</source>
        <translation>Construit avec&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libraries used</source>
        <translation>Bibliothèques utilisées</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../src/timelineapp/ui/accessibility.py" line="+33"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events on a time axis. Left and Right select the previous or next event; plus and minus zoom, Shift+Left and Shift+Right pan; F6 moves to the panes.</source>
        <translation>Les événements sur un axe du temps. Gauche et Droite sélectionnent l’événement précédent ou suivant&#xa0;; plus et moins zooment, Maj+Gauche et Maj+Droite font défiler&#xa0;; F6 passe aux panneaux.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole file, with the visible part boxed.</source>
        <translation>Tout le fichier, la partie visible encadrée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search text and the active filter.</source>
        <translation>Le texte recherché et le filtre actif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected event: title, date, actors, sources and provenance.</source>
        <translation>L’événement sélectionné&#xa0;: titre, date, acteurs, sources et provenance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the selected event&apos;s title, date, actors and description.</source>
        <translation>Modifier le titre, la date, les acteurs et la description de l’événement sélectionné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The verbatim quotes that back the selected event.</source>
        <translation>Les citations exactes qui étayent l’événement sélectionné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The documents the selected event cites.</source>
        <translation>Les documents que cite l’événement sélectionné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every event shown, one row each. Arrow keys move between rows.</source>
        <translation>Chaque événement affiché, une ligne chacun. Les flèches passent d’une ligne à l’autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text of a source document, with the quoted passages marked.</source>
        <translation>Le texte d’un document source, les passages cités marqués.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quotes and date phrases that no longer match their documents.</source>
        <translation>Les citations et expressions de date qui ne correspondent plus à leurs documents.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The actors of the file; check them to filter the timeline.</source>
        <translation>Les acteurs du fichier&#xa0;; cochez-les pour filtrer la frise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the marks, colours and shapes of the timeline mean.</source>
        <translation>Ce que veulent dire les marques, couleurs et formes de la frise.</translation>
    </message>
</context>
<context>
    <name>ActorDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/editing/dialogs.py" line="+274"/>
        <source>New Actor</source>
        <translation>Nouvel acteur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>other names, separated by commas</source>
        <translation>autres noms, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <message>
        <location line="+28"/>
        <source>&amp;Use Existing Actor</source>
        <translation>&amp;Utiliser l’acteur existant</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is already an actor of this file: %2. It is used rather than a second one.</source>
        <translation>%1 est déjà un acteur de ce fichier&#xa0;: %2. C’est lui qui est utilisé, plutôt qu’un second.</translation>
    </message>
</context>
<context>
    <name>ActorPane</name>
    <message>
        <location filename="../../src/timelineapp/ui/actor_pane.py" line="+160"/>
        <source>Find an actor (name or alias)</source>
        <translation>Chercher un acteur (nom ou alias)</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+5"/>
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
        <translation>Estomper les événements filtrés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No event file is open.
Use File › Open (Ctrl+O).</source>
        <translation>Aucun fichier d’événements n’est ouvert.
Utilisez Fichier › Ouvrir (Ctrl+O).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Any role</source>
        <translation>Tout rôle</translation>
    </message>
    <message>
        <location line="+138"/>
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
        <location filename="../../src/timelineapp/ui/editing/dialogs.py" line="+26"/>
        <source>Actor Properties</source>
        <translation>Propriétés de l’acteur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;ctor:</source>
        <translation>A&amp;cteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Another actor of this file is already named %1: %2. Give this one another name, or merge the two (Merge Actors…).</source>
        <translation>Un autre acteur de ce fichier s’appelle déjà %1&#xa0;: %2. Donnez un autre nom à celui-ci, ou fusionnez les deux (Fusionner des acteurs…).</translation>
    </message>
</context>
<context>
    <name>ActorTreeModel</name>
    <message>
        <location filename="../../src/timelineapp/ui/actor_model.py" line="+384"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="-265"/>
        <location line="+331"/>
        <location line="+12"/>
        <source>(no actor)</source>
        <translation>(aucun acteur)</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+83"/>
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
        <location filename="../../src/timelineapp/ui/actor_kinds.py" line="+15"/>
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
        <location filename="../../src/timelineapp/ui/editing/dialogs.py" line="-288"/>
        <source>Add Document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+10"/>
        <source>e.g. 2024-06-07 or 7 June 2024</source>
        <translation>p.&#xa0;ex. 2024-06-07 ou 7 juin 2024</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a language code: en, fr…</source>
        <translation>un code de langue&#xa0;: en, fr…</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+49"/>
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
    <name>Application</name>
    <message>
        <location filename="../../src/timelineapp/ui/app.py" line="+271"/>
        <source>The file open last time is no longer there: {path}</source>
        <translation>Le fichier ouvert la dernière fois n’existe plus&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/settings_words.py" line="+23"/>
        <source>Your settings could not be used ({reason}); they were kept as {file} and the defaults are used.</source>
        <translation>Vos réglages n’ont pas pu être utilisés ({reason})&#xa0;; ils sont conservés sous le nom {file} et les réglages par défaut s’appliquent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your settings could not be used ({reason}); the defaults are used.</source>
        <translation>Vos réglages n’ont pas pu être utilisés ({reason})&#xa0;; les réglages par défaut s’appliquent.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Some of your settings in {path} could not be used and were reset to their defaults; the others are kept. The file as it was is kept as {file}.</source>
        <translation>Certains de vos réglages dans {path} n’ont pas pu être utilisés et reprennent leur valeur par défaut&#xa0;; les autres sont gardés. Le fichier tel qu’il était est conservé sous le nom {file}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some of your settings in {path} could not be used and were reset to their defaults; the others are kept.</source>
        <translation>Certains de vos réglages dans {path} n’ont pas pu être utilisés et reprennent leur valeur par défaut&#xa0;; les autres sont gardés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{key}: {message}</source>
        <translation>{key}&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your settings cannot be saved in {folder}: {reason}. Recent files, the layout and your preferences will not be kept after timelineapp closes.</source>
        <translation>Vos réglages ne peuvent pas être enregistrés dans {folder}&#xa0;: {reason}. Les fichiers récents, la disposition et vos préférences ne seront pas conservés après la fermeture de timelineapp.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is a file, not a folder</source>
        <translation>c’est un fichier, pas un dossier</translation>
    </message>
</context>
<context>
    <name>AttributeDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/editing/dialogs.py" line="+179"/>
        <source>Attribute Quote</source>
        <translation>Attribuer la citation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>Axis</name>
    <message>
        <location filename="../../src/timelineapp/render/calendar_names.py" line="+68"/>
        <source>%1 CE</source>
        <translation>%1 apr. J.-C.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ga: billions of years before (−) or after (+) 1950</source>
        <translation>Ga&#xa0;: milliards d’années avant (−) ou après (+) 1950</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ma: millions of years before (−) or after (+) 1950</source>
        <translation>Ma&#xa0;: millions d’années avant (−) ou après (+) 1950</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ka: thousands of years before (−) or after (+) 1950</source>
        <translation>ka&#xa0;: milliers d’années avant (−) ou après (+) 1950</translation>
    </message>
</context>
<context>
    <name>BuildCommand</name>
    <message>
        <location filename="../../src/timelineapp/ui/build_words.py" line="+98"/>
        <source>{output}: {events} ({dated}, {undated}), {actors}, {documents}; every event unreviewed</source>
        <translation>{output}&#xa0;: {events} ({dated}, {undated}), {actors}, {documents}&#xa0;; chaque événement est à relire</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>note: {name}: no publication date found (--published DATE): relative dates are left unresolved</source>
        <translation>remarque&#xa0;: {name}&#xa0;: aucune date de publication trouvée (--published DATE)&#xa0;: les dates relatives restent non résolues</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>note: {output} was replaced; its previous version is kept as {backup}</source>
        <translation>remarque&#xa0;: {output} a été remplacé&#xa0;; sa version précédente est gardée sous {backup}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>note: {name}: given twice, read once</source>
        <translation>remarque&#xa0;: {name}&#xa0;: donné deux fois, lu une fois</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--published: {error}</source>
        <translation>--published&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>note: {name}: --published {given} given, but the article itself says {own}: its relative dates are read from {given}</source>
        <translation>remarque&#xa0;: {name}&#xa0;: --published {given} donné, mais l’article lui-même dit {own}&#xa0;: ses dates relatives sont lues à partir du {given}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--url: expected an http:// or https:// address, found {url}</source>
        <translation>--url&#xa0;: adresse http:// ou https:// attendue, trouvé {url}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--url: one address names one article; build them one by one or leave --url out</source>
        <translation>--url&#xa0;: une adresse désigne un seul article&#xa0;; construisez-les un par un ou omettez --url</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>-o: expected a name ending in .timeline.json, found {name}</source>
        <translation>-o&#xa0;: nom se terminant par .timeline.json attendu, trouvé {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>folder {folder} does not exist</source>
        <translation>le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>folder {folder} is not writable</source>
        <translation>le dossier {folder} n’est pas accessible en écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-o: cannot write {output}: {reason}</source>
        <translation>-o&#xa0;: impossible d’écrire {output}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>BuildCommandPlurals</name>
    <message numerus="yes">
        <location line="-108"/>
        <source>%Ln draft event(s)</source>
        <translation>
            <numerusform>%Ln événement brouillon</numerusform>
            <numerusform>%Ln événements brouillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln dated</source>
        <comment>draft events</comment>
        <translation>
            <numerusform>%Ln daté</numerusform>
            <numerusform>%Ln datés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln undated</source>
        <comment>draft events</comment>
        <translation>
            <numerusform>%Ln non daté</numerusform>
            <numerusform>%Ln non datés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln acteur</numerusform>
            <numerusform>%Ln acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuildDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/build_dialog.py" line="+55"/>
        <source>New from Article</source>
        <translation>Nouveau à partir d’un article</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+18"/>
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
        <location line="+8"/>
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
        <location filename="../../src/timelineapp/ui/build_worker.py" line="+104"/>
        <source>unexpected error ({name}); the details are in the log</source>
        <translation>erreur inattendue ({name})&#xa0;; les détails sont dans le journal</translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/build_words.py" line="-46"/>
        <source>it cannot be read</source>
        <translation>il ne peut pas être lu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: cannot read: {reason}</source>
        <translation>{path}&#xa0;: lecture impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: byte {byte}: expected UTF-8 text, found byte {value}</source>
        <translation>{path}&#xa0;: octet {byte}&#xa0;: texte UTF-8 attendu, octet {value} trouvé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: the file is empty</source>
        <translation>{path}&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: no article text found in the HTML page</source>
        <translation>{path}&#xa0;: aucun texte d’article trouvé dans la page HTML</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path}: cannot write: {reason}</source>
        <translation>{path}&#xa0;: écriture impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/build_dialog.py" line="-25"/>
        <source>e.g. 2024-06-08 or 14 March 2025 (optional)</source>
        <translation>p. ex. 2024-06-08 ou 14 mars 2025 (facultatif)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publication date of the articles, as precise as known. Without it, the date is taken from the page or a dateline at the top of the text (“Published 3 November 2025”); relative dates (“Friday”, “yesterday”) need it.</source>
        <translation>Date de publication des articles, aussi précise que connue. Sans elle, la date est prise dans la page ou dans une ligne de date en tête du texte («&#xa0;Publié le 3 novembre 2025&#xa0;»)&#xa0;; les dates relatives («&#xa0;vendredi&#xa0;», «&#xa0;hier&#xa0;») en ont besoin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The language the articles are written in. The notes the builder writes into the draft are in the window&apos;s language.</source>
        <translation>La langue dans laquelle les articles sont écrits. Les notes que le constructeur écrit dans le brouillon sont dans la langue de la fenêtre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Article &amp;language:</source>
        <translation>&amp;Langue des articles&#xa0;:</translation>
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
        <location line="+23"/>
        <source>Choose Articles</source>
        <translation>Choisir des articles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles (*.txt *.html *.htm);;All files (*)</source>
        <translation>Articles (*.txt *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save Draft As</source>
        <translation>Enregistrer le brouillon sous</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+16"/>
        <source>Choose another name for the draft.</source>
        <translation>Choisissez un autre nom pour le brouillon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not built: the open file and its changes are kept.</source>
        <translation>Non construit&#xa0;: le fichier ouvert et ses modifications sont gardés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the articles…</source>
        <translation>Lecture des articles…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} is the event file open in the window, with unsaved changes. Replace it with the new draft? Your changes would be lost; the saved version is kept as .bak.</source>
        <translation>{name} est le fichier d’événements ouvert dans la fenêtre, avec des modifications non enregistrées. Le remplacer par le nouveau brouillon&#xa0;? Vos modifications seraient perdues&#xa0;; la version enregistrée est gardée en .bak.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is the event file open in the window. Replace it with the new draft? The previous version is kept as .bak.</source>
        <translation>{name} est le fichier d’événements ouvert dans la fenêtre. Le remplacer par le nouveau brouillon&#xa0;? La version précédente est gardée en .bak.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace event file?</source>
        <translation>Remplacer le fichier d’événements&#xa0;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finding events in {name}…</source>
        <translation>Recherche des événements dans {name}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln draft event(s) written.</source>
        <translation>
            <numerusform>%Ln événement brouillon écrit.</numerusform>
            <numerusform>%Ln événements brouillons écrits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln event(s) drafted ({undated} undated).</source>
        <translation>
            <numerusform>%Ln événement rédigé ({undated} sans date).</numerusform>
            <numerusform>%Ln événements rédigés ({undated} sans date).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln actor(s) found.</source>
        <translation>
            <numerusform>%Ln acteur trouvé.</numerusform>
            <numerusform>%Ln acteurs trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The draft was not built: {reason}</source>
        <translation>Le brouillon n’a pas été construit&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/draft_flow.py" line="+197"/>
        <source>New from &amp;Article…</source>
        <translation>Nouveau à partir d’un &amp;article…</translation>
    </message>
</context>
<context>
    <name>CellTextDialog</name>
    <message numerus="yes">
        <location filename="../../src/timelineapp/ui/import_cell_view.py" line="+50"/>
        <source>The first %Ln characters are shown; Copy All copies all {total}.</source>
        <extracomment>Characters of a cell shown in the preview&apos;s table (one line: more is never read there). Characters of a cell shown in its own window; Copy All copies every one.</extracomment>
        <translation>
            <numerusform>Le premier caractère est affiché&#xa0;; Tout copier les copie tous ({total}).</numerusform>
            <numerusform>Les %Ln premiers caractères sont affichés&#xa0;; Tout copier les copie tous ({total}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy All</source>
        <translation>&amp;Tout copier</translation>
    </message>
</context>
<context>
    <name>CloseReloadActions</name>
    <message>
        <location filename="../../src/timelineapp/ui/file_actions.py" line="+115"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <name>Command</name>
    <message>
        <location filename="../../src/timelineapp/command_typos.py" line="+71"/>
        <source>timelineapp: unknown command &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>timelineapp&#xa0;: commande inconnue «&#xa0;%1&#xa0;»&#xa0;; vouliez-vous dire «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>timelineapp: the window needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set); without one, use a command: %1</source>
        <translation>timelineapp&#xa0;: la fenêtre a besoin d’un écran, et aucun n’a été trouvé (DISPLAY et WAYLAND_DISPLAY ne sont pas définis)&#xa0;; sans écran, utilisez une commande&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DataExportFlow</name>
    <message>
        <location filename="../../src/timelineapp/ui/data_export_flow.py" line="+48"/>
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
        <location line="+26"/>
        <source>Export Data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location line="+9"/>
        <source>Data exported</source>
        <translation>Données exportées</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln event(s) written to {name}.</source>
        <translation>
            <numerusform>%Ln événement écrit dans {name}.</numerusform>
            <numerusform>%Ln événements écrits dans {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>… and %Ln more (Show Details…)</source>
        <translation>
            <numerusform>… et %Ln autre (Montrer les détails…)</numerusform>
            <numerusform>… et %Ln autres (Montrer les détails…)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not everything could be carried over:</source>
        <translation>Tout n’a pas pu être transmis&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DateErrorWords</name>
    <message>
        <location filename="../../src/timelineapp/ui/date_error_words.py" line="+29"/>
        <source>invalid date {date!r}: expected a date such as 2024, 2024-06 or 2024-06-07, found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: date attendue comme 2024, 2024-06 ou 2024-06-07, trouvé {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid date {date!r}: expected a date without surrounding spaces, found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: date attendue sans espace autour, trouvé {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid date {date!r}: expected a day between 1 and {last} for {month} {year}, found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: jour attendu entre 1 et {last} pour {month} {year}, trouvé {found}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid date {date!r}: expected a day between 01 and 31, found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: jour attendu entre 01 et 31, trouvé {found}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid date {date!r}: expected a 2-digit day (01 to 31), found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: jour attendu en 2 chiffres (01 à 31), trouvé {found}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid date {date!r}: expected a month between 01 and 12, found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: mois attendu entre 01 et 12, trouvé {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid date {date!r}: expected a month between 01 and 12 or a season between 21 and 41, found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: mois attendu entre 01 et 12 ou saison entre 21 et 41, trouvé {found}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid date {date!r}: expected a 2-digit month (01 to 12) or season (21 to 41), found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: mois (01 à 12) ou saison (21 à 41) attendu en 2 chiffres, trouvé {found}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid date {date!r}: expected the end of the season (a season has no day), found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: fin de la saison attendue (une saison n’a pas de jour), trouvé {found}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid date {date!r}: expected an hour between {low} and {high}, found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: heure attendue entre {low} et {high}, trouvé {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid date {date!r}: expected a minute between {low} and {high}, found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: minute attendue entre {low} et {high}, trouvé {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid date {date!r}: expected a second between {low} and {high}, found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: seconde attendue entre {low} et {high}, trouvé {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid date {date!r}: expected a 2-digit hour after &apos;T&apos; (as in T10:30), found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: heure attendue en 2 chiffres après «&#xa0;T&#xa0;» (comme T10:30), trouvé {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid date {date!r}: expected a 2-digit minute, found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: minute attendue en 2 chiffres, trouvé {found}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid date {date!r}: expected a 2-digit second, found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: seconde attendue en 2 chiffres, trouvé {found}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid date {date!r}: expected &apos;:&apos; and 2-digit minutes (as in T10:30), found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: «&#xa0;:&#xa0;» et minutes en 2 chiffres attendus (comme T10:30), trouvé {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid date {date!r}: expected the end of the date (a time only follows a fully known day, with its qualifier at the very end), found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: fin de la date attendue (une heure ne suit qu’un jour entièrement connu, son qualificatif tout à la fin), trouvé {found}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid date {date!r}: expected a year between {low} and {high}, found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: année attendue entre {low} et {high}, trouvé {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid date {date!r}: expected a 4-digit year (as in 2024, 0000 or -0499), found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: année attendue en 4 chiffres (comme 2024, 0000 ou -0499), trouvé {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid date {date!r}: expected a 4-digit year (longer years need the &apos;Y&apos; prefix, as in Y12345), found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: année attendue en 4 chiffres (une année plus longue prend le préfixe «&#xa0;Y&#xa0;», comme Y12345), trouvé {found}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid date {date!r}: expected a 4-digit year with &apos;X&apos; for unknown digits (the 2012 draft&apos;s &apos;u&apos;), found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: année attendue en 4 chiffres avec «&#xa0;X&#xa0;» pour les chiffres inconnus (le «&#xa0;u&#xa0;» du brouillon de 2012), trouvé {found}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid date {date!r}: expected a year with at least its first digit known (a wholly unknown year has no place on a timeline), found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: année attendue dont au moins le premier chiffre est connu (une année entièrement inconnue n’a pas de place sur une frise), trouvé {found}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid date {date!r}: expected year zero written without &apos;-&apos; (0000 is 1 BCE), found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: année zéro attendue sans «&#xa0;-&#xa0;» (0000 est l’an 1 av. J.-C.), trouvé {found}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid date {date!r}: expected the end of the year: a &apos;Y&apos; year has no month or day in EDTF (write the year alone, as in Y12345, or an interval of years, as in Y12345/Y12346), found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: fin de l’année attendue&#xa0;: une année «&#xa0;Y&#xa0;» n’a ni mois ni jour en EDTF (écrivez l’année seule, comme Y12345, ou un intervalle d’années, comme Y12345/Y12346), trouvé {found}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid date {date!r}: expected &apos;X&apos; digits that some calendar date matches (no such day exists), found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: chiffres «&#xa0;X&#xa0;» attendus auxquels correspond une date du calendrier (ce jour n’existe pas), trouvé {found}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid date {date!r}: expected an end on or after the start {start}, found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: fin attendue le jour du début {start} ou après, trouvé {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid date {date!r}: expected a last date on or after the first, found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: dernière date attendue égale à la première ou après, trouvé {found}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid date {date!r}: expected {weekday}, the weekday of {day} {month} {year}, found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: le {day} {month} {year} est un {weekday}, pas un {found}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid date {date!r}: expected {expected}, found {found}</source>
        <translation>date invalide «&#xa0;{date}&#xa0;»&#xa0;: attendu {expected}&#xa0;; trouvé {found}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;-&apos; and a 2-digit month</source>
        <translation>&apos;-&apos; et un mois à 2 chiffres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;-&apos; and a 2-digit day</source>
        <translation>&apos;-&apos; et un jour à 2 chiffres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;T&apos; and a time</source>
        <translation>&apos;T&apos; et une heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a qualifier (&apos;?&apos;, &apos;~&apos; or &apos;%&apos;)</source>
        <translation>un qualificatif (&apos;?&apos;, &apos;~&apos; ou &apos;%&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+64"/>
        <source>the end of the text</source>
        <translation>la fin du texte</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&apos;/&apos; and an end date</source>
        <translation>&apos;/&apos; et une date de fin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;,&apos; and another date</source>
        <translation>&apos;,&apos; et une autre date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;..&apos; and a last date</source>
        <translation>&apos;..&apos; et une dernière date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;:&apos; and 2-digit seconds</source>
        <translation>&apos;:&apos; et des secondes à 2 chiffres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a time zone (&apos;Z&apos; or +hh:mm)</source>
        <translation>un fuseau horaire (&apos;Z&apos; ou +hh:mm)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/timelineapp/ui/editing/date_field.py" line="+38"/>
        <source>undated, or e.g. 2024-05-19, 2024-06, [..2024-09-15]</source>
        <translation>non daté, ou p. ex. 2024-05-19, 2024-06, [..2024-09-15]</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>only %1 reads as a date (%2); %3 is not read (a time of day is written as in %4T15:00)</source>
        <translation>seul %1 se lit comme une date (%2)&#xa0;; %3 n’est pas lu (une heure s’écrit comme dans %4T15:00)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{words} (read as {date})</source>
        <translation>{words} (lu comme {date})</translation>
    </message>
</context>
<context>
    <name>DatePlurals</name>
    <message numerus="yes">
        <location filename="../../src/timelineapp/render/date_form_words.py" line="+33"/>
        <source>around %Ln billion years ago</source>
        <translation>
            <numerusform>il y a environ %Ln&#xa0;milliard d’années</numerusform>
            <numerusform>il y a environ %Ln&#xa0;milliards d’années</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>about %Ln billion years ago</source>
        <translation>
            <numerusform>il y a environ %Ln&#xa0;milliard d’années</numerusform>
            <numerusform>il y a environ %Ln&#xa0;milliards d’années</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln billion years ago</source>
        <translation>
            <numerusform>il y a %Ln&#xa0;milliard d’années</numerusform>
            <numerusform>il y a %Ln&#xa0;milliards d’années</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>around %Ln million years ago</source>
        <translation>
            <numerusform>il y a environ %Ln&#xa0;million d’années</numerusform>
            <numerusform>il y a environ %Ln&#xa0;millions d’années</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>about %Ln million years ago</source>
        <translation>
            <numerusform>il y a environ %Ln&#xa0;million d’années</numerusform>
            <numerusform>il y a environ %Ln&#xa0;millions d’années</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln million years ago</source>
        <translation>
            <numerusform>il y a %Ln&#xa0;million d’années</numerusform>
            <numerusform>il y a %Ln&#xa0;millions d’années</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>around %1 billion years ago</source>
        <translation>
            <numerusform>il y a environ %1&#xa0;milliard d’années</numerusform>
            <numerusform>il y a environ %1&#xa0;milliards d’années</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>about %1 billion years ago</source>
        <translation>
            <numerusform>il y a environ %1&#xa0;milliard d’années</numerusform>
            <numerusform>il y a environ %1&#xa0;milliards d’années</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 billion years ago</source>
        <translation>
            <numerusform>il y a %1&#xa0;milliard d’années</numerusform>
            <numerusform>il y a %1&#xa0;milliards d’années</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>around %1 million years ago</source>
        <translation>
            <numerusform>il y a environ %1&#xa0;million d’années</numerusform>
            <numerusform>il y a environ %1&#xa0;millions d’années</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>about %1 million years ago</source>
        <translation>
            <numerusform>il y a environ %1&#xa0;million d’années</numerusform>
            <numerusform>il y a environ %1&#xa0;millions d’années</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 million years ago</source>
        <translation>
            <numerusform>il y a %1&#xa0;million d’années</numerusform>
            <numerusform>il y a %1&#xa0;millions d’années</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%Ln significant digit(s))</source>
        <translation>
            <numerusform>(%Ln chiffre significatif)</numerusform>
            <numerusform>(%Ln chiffres significatifs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateSuggestion</name>
    <message>
        <location filename="../../src/timelineapp/ui/draft_note_words.py" line="+519"/>
        <source>These words suggest a date, %1: set it in the event editor</source>
        <translation>Ces mots suggèrent une date, %1&#xa0;: définissez-la dans l’éditeur d’événement</translation>
    </message>
</context>
<context>
    <name>DateWords</name>
    <message>
        <location filename="../../src/timelineapp/render/date_form_words.py" line="+52"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>between %1 and %2</source>
        <translation>entre %1 et %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>in the %1s</source>
        <translation>des années %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>written %1</source>
        <translation>notée %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>some year %1</source>
        <translation>une année %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../src/timelineapp/render/date_words.py" line="+328"/>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+113"/>
        <source>of some year %1</source>
        <translation>de une année %1</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>some month in %1</source>
        <translation>un mois de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some month %1</source>
        <translation>un mois %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>some month %1 %2</source>
        <translation>un mois %1 %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>a %1 %2 %3</source>
        <translation>un %1 %2 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>day %1 of some month in %2</source>
        <translation>le %1 de un mois de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day %1 of some month %2</source>
        <translation>le %1 de un mois %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>some day from %1 to %2 %3</source>
        <translation>un jour du %1 au %2 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>some day in %1</source>
        <translation>un jour de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>spring</source>
        <translation>printemps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summer</source>
        <translation>été</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>autumn</source>
        <translation>automne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>winter</source>
        <translation>hiver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first quarter</source>
        <translation>1er trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second quarter</source>
        <translation>2e trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>third quarter</source>
        <translation>3e trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fourth quarter</source>
        <translation>4e trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first four-month period</source>
        <translation>1er quadrimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second four-month period</source>
        <translation>2e quadrimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>third four-month period</source>
        <translation>3e quadrimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first half</source>
        <translation>1er semestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second half</source>
        <translation>2e semestre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(northern hemisphere)</source>
        <translation>(hémisphère Nord)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(southern hemisphere)</source>
        <translation>(hémisphère Sud)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 of %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>some year %1, estimated %2</source>
        <translation>une année %1, estimée à %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>year uncertain</source>
        <translation>année incertaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year approximate</source>
        <translation>année approximative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year uncertain and approximate</source>
        <translation>année incertaine et approximative</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>month uncertain</source>
        <translation>mois incertain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month approximate</source>
        <translation>mois approximatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month uncertain and approximate</source>
        <translation>mois incertain et approximatif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>season uncertain</source>
        <translation>saison incertaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>season approximate</source>
        <translation>saison approximative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>season uncertain and approximate</source>
        <translation>saison incertaine et approximative</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quarter uncertain</source>
        <translation>trimestre incertain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quarter approximate</source>
        <translation>trimestre approximatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quarter uncertain and approximate</source>
        <translation>trimestre incertain et approximatif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>four-month period uncertain</source>
        <translation>quadrimestre incertain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>four-month period approximate</source>
        <translation>quadrimestre approximatif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>four-month period uncertain and approximate</source>
        <translation>quadrimestre incertain et approximatif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>half uncertain</source>
        <translation>semestre incertain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half approximate</source>
        <translation>semestre approximatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half uncertain and approximate</source>
        <translation>semestre incertain et approximatif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day uncertain</source>
        <translation>jour incertain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day approximate</source>
        <translation>jour approximatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day uncertain and approximate</source>
        <translation>jour incertain et approximatif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>season</source>
        <translation>saison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>four-month period</source>
        <translation>quadrimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half</source>
        <translation>semestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../../src/timelineapp/render/date_word_parts.py" line="+114"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/render/date_word_parts.py" line="-84"/>
        <source>en</source>
        <translation>fr</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 BCE</source>
        <translation>%1 av. J.-C.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/render/date_words.py" line="-253"/>
        <source>HH:mm</source>
        <translation>H&apos; h &apos;mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HH:mm:ss</source>
        <translation>H&apos; h &apos;m&apos; min &apos;s&apos; s&apos;</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (uncertain)</source>
        <translation>%1 (incertain)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+11"/>
        <location line="+144"/>
        <source>around %1</source>
        <translation>vers %1</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>by around %1</source>
        <translation>au plus tard %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <translation>au plus tard %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since around %1</source>
        <translation>depuis %1 environ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until around %1</source>
        <translation>jusque %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>until %1</source>
        <translation>jusque %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>around %1 or later</source>
        <translation>au plus tôt %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 or later</source>
        <translation>au plus tôt %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on or after %1</source>
        <translation>au plus tôt %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in or after %1</source>
        <translation>au plus tôt %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>from %1 to %2 %3</source>
        <translation>du %1 au %2 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>on %1 from %2 to %3</source>
        <translation>le %1 de %2 à %3</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>each of the years %1</source>
        <translation>chacune des années %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of the years %1</source>
        <translation>l’une des années %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all of these dates: %1</source>
        <translation>toutes ces dates&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of these dates: %1</source>
        <translation>l’une de ces dates&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1, between %2 and %3</source>
        <translation>%1, entre %2 et %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>some year between %1 and %2</source>
        <translation>une année entre %1 et %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>some month between %1 and %2</source>
        <translation>un mois entre %1 et %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>some time between %1 and %2</source>
        <translation>à un moment entre %1 et %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one day between %1 and %2</source>
        <translation>un jour entre %1 et %2</translation>
    </message>
</context>
<context>
    <name>DateWordsDay</name>
    <message>
        <location line="-286"/>
        <location line="+245"/>
        <source>%1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>until %1</source>
        <translation>jusqu’à %1</translation>
    </message>
</context>
<context>
    <name>DateWordsFirstDay</name>
    <message>
        <location filename="../../src/timelineapp/render/date_word_parts.py" line="-29"/>
        <source>1</source>
        <translation>1er</translation>
    </message>
</context>
<context>
    <name>DateWordsGrouping</name>
    <message>
        <location filename="../../src/timelineapp/render/date_words.py" line="-61"/>
        <source>the %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>in the %1</source>
        <translation>au %1</translation>
    </message>
</context>
<context>
    <name>DateWordsPlural</name>
    <message>
        <location filename="../../src/timelineapp/render/date_form_words.py" line="-38"/>
        <source>%1 uncertain</source>
        <translation>%1 incertains</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 approximate</source>
        <translation>%1 approximatifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 uncertain and approximate</source>
        <translation>%1 incertains et approximatifs</translation>
    </message>
</context>
<context>
    <name>DateWordsRange</name>
    <message>
        <location filename="../../src/timelineapp/render/date_words.py" line="+104"/>
        <source>around %1</source>
        <translation>%1 environ</translation>
    </message>
</context>
<context>
    <name>DateWordsSeason</name>
    <message>
        <location line="-137"/>
        <source>%1</source>
        <translation>le %1</translation>
    </message>
</context>
<context>
    <name>DateWordsSpring</name>
    <message>
        <location line="+35"/>
        <source>in %1</source>
        <translation>au %1</translation>
    </message>
</context>
<context>
    <name>DateWordsYears</name>
    <message>
        <location line="+173"/>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
</context>
<context>
    <name>DockFit</name>
    <message>
        <location filename="../../src/timelineapp/ui/dock_fit.py" line="+48"/>
        <source>The panes&apos; saved layout left the timeline too little room in this window: the default layout is used (View › Panes to change it)</source>
        <extracomment>The least room a restored layout must leave the timeline: about eight labelled rows and a readable axis (the default layout gives it ~540×390 px at 1024×700). A restored layout is kept when it leaves the timeline at least this share of the room the default layout gives it in the same window.</extracomment>
        <translation>La disposition enregistrée des panneaux laissait trop peu de place à la frise dans cette fenêtre&#xa0;: la disposition par défaut est utilisée (Affichage › Panneaux pour la changer)</translation>
    </message>
</context>
<context>
    <name>DocumentInside</name>
    <message>
        <location filename="../../src/timelineapp/ui/document_inside.py" line="+44"/>
        <location line="+64"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>{reason}

The file on disk was not changed.</source>
        <translation>{reason}

Le fichier sur le disque n’a pas été modifié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{reason}

The file on disk was not changed, and your edits are kept.

To save, choose the file of document “{title}” (the path points at {target}): a copy of it is saved beside the event file and the document points at the copy. The file you choose is not changed.</source>
        <translation>{reason}

Le fichier sur le disque n’a pas été modifié, et vos modifications sont conservées.

Pour enregistrer, choisissez le fichier du document «&#xa0;{title}&#xa0;» (le chemin désigne {target})&#xa0;: une copie en est enregistrée à côté du fichier d’événements et le document désigne cette copie. Le fichier choisi n’est pas modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the Document’s File…</source>
        <translation>Choisir le fichier du document…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the File of “{title}”</source>
        <translation>Choisir le fichier de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text files (*.txt *.text *.md);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.text *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy Document Beside the Event File</source>
        <translation>Copier le document à côté du fichier d’événements</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it is not UTF-8 text</source>
        <translation>ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot use this file</source>
        <translation>Fichier inutilisable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} cannot be the document’s text: {reason}.</source>
        <translation>{name} ne peut pas être le texte du document&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../src/timelineapp/ui/panes/document_pane.py" line="+124"/>
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
        <location line="+24"/>
        <source>Open a document first: its words make events, quotes and actors</source>
        <translation>Ouvrez d’abord un document&#xa0;: ses mots font les événements, les citations et les acteurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select words in the document text first</source>
        <translation>Sélectionnez d’abord des mots dans le texte du document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the event these words date first (or Ctrl+Shift+E for a new event)</source>
        <translation>Sélectionnez d’abord l’événement que ces mots datent (ou Ctrl+Maj+E pour un nouvel événement)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the event whose quote to attribute first (or Ctrl+Shift+E for a new event)</source>
        <translation>Sélectionnez d’abord l’événement dont attribuer la citation (ou Ctrl+Maj+E pour un nouvel événement)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the event whose quote to resize first</source>
        <translation>Sélectionnez d’abord l’événement dont ajuster la citation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the event to add this quote to (or Ctrl+Shift+E for a new event)</source>
        <translation>Sélectionnez d’abord l’événement auquel ajouter cette citation (ou Ctrl+Maj+E pour un nouvel événement)</translation>
    </message>
    <message>
        <location line="+177"/>
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
        <location filename="../../src/timelineapp/ui/panes/document_marks.py" line="+69"/>
        <source>Not the recorded words: see the Quotes pane</source>
        <translation>Ce ne sont pas les mots enregistrés&#xa0;: voir le panneau Citations</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <location filename="../../src/timelineapp/ui/draft_flow.py" line="-153"/>
        <source>Draft built automatically: review before use</source>
        <translation>Brouillon construit automatiquement&#xa0;: à relire avant usage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every event is unreviewed; its note says how its date, actors and quotes were found.</source>
        <translation>Aucun événement n’est relu&#xa0;; sa note dit comment sa date, ses acteurs et ses citations ont été trouvés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No publication date found in %1: relative dates (“on Thursday”) are left undated. Give it under Published in New from Article… and build again.</source>
        <translation>Aucune date de publication trouvée dans %1&#xa0;: les dates relatives («&#xa0;jeudi&#xa0;») restent non datées. Indiquez-la dans Publié de Nouveau à partir d’un article… et reconstruisez.</translation>
    </message>
</context>
<context>
    <name>DraftNotePlurals</name>
    <message>
        <location filename="../../src/timelineapp/ui/draft_note_words.py" line="-470"/>
        <source>the reference day</source>
        <translation>le jour de référence</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln day(s) before the reference</source>
        <translation>
            <numerusform>%Ln jour avant la référence</numerusform>
            <numerusform>%Ln jours avant la référence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln day(s) after the reference</source>
        <translation>
            <numerusform>%Ln jour après la référence</numerusform>
            <numerusform>%Ln jours après la référence</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the reference week</source>
        <translation>la semaine de référence</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln week(s) before the reference</source>
        <translation>
            <numerusform>%Ln semaine avant la référence</numerusform>
            <numerusform>%Ln semaines avant la référence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln week(s) after the reference</source>
        <translation>
            <numerusform>%Ln semaine après la référence</numerusform>
            <numerusform>%Ln semaines après la référence</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the reference month</source>
        <translation>le mois de référence</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln month(s) before the reference</source>
        <translation>
            <numerusform>%Ln mois avant la référence</numerusform>
            <numerusform>%Ln mois avant la référence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln month(s) after the reference</source>
        <translation>
            <numerusform>%Ln mois après la référence</numerusform>
            <numerusform>%Ln mois après la référence</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the reference year</source>
        <translation>l’année de référence</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln year(s) before the reference</source>
        <translation>
            <numerusform>%Ln an avant la référence</numerusform>
            <numerusform>%Ln ans avant la référence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln year(s) after the reference</source>
        <translation>
            <numerusform>%Ln an après la référence</numerusform>
            <numerusform>%Ln ans après la référence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln day(s) before publication, which is only known as {published}</source>
        <translation>
            <numerusform>%Ln jour avant la publication, qui n’est connue que comme {published}</numerusform>
            <numerusform>%Ln jours avant la publication, qui n’est connue que comme {published}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln day(s) after publication, which is only known as {published}</source>
        <translation>
            <numerusform>%Ln jour après la publication, qui n’est connue que comme {published}</numerusform>
            <numerusform>%Ln jours après la publication, qui n’est connue que comme {published}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Draft built automatically by timelineapp build from %Ln article(s): review before use. Every event is unreviewed; its note says how it was found.</source>
        <translation>
            <numerusform>Brouillon fait automatiquement par timelineapp build à partir de %Ln article&#xa0;: à relire avant usage. Aucun événement n’est relu&#xa0;; sa note dit comment il a été trouvé.</numerusform>
            <numerusform>Brouillon fait automatiquement par timelineapp build à partir de %Ln articles&#xa0;: à relire avant usage. Aucun événement n’est relu&#xa0;; sa note dit comment il a été trouvé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftNotes</name>
    <message>
        <location line="+10"/>
        <source>date from « {text} » (read as {reading})</source>
        <translation>date tirée de «&#xa0;{text}&#xa0;» (lu comme {reading})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date from « {text} » (read as {reading}) = {value}</source>
        <translation>date tirée de «&#xa0;{text}&#xa0;» (lu comme {reading}) = {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} (early)</source>
        <translation>{value} (début)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} (mid)</source>
        <translation>{value} (milieu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} (late)</source>
        <translation>{value} (fin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last {weekday}</source>
        <translation>le {weekday} précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the next {weekday}</source>
        <translation>le {weekday} suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {weekday}</source>
        <translation>un {weekday}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{season} of {year}</source>
        <translation>{season} {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spring</source>
        <translation>printemps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summer</source>
        <translation>été</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>autumn</source>
        <translation>automne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>winter</source>
        <translation>hiver</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>{shift} (earlier)</source>
        <translation>{shift} (plus tôt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shift} (early)</source>
        <translation>{shift} (début)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shift} (later)</source>
        <translation>{shift} (plus tard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the night before the reference</source>
        <translation>la nuit qui précède la référence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the night after the reference</source>
        <translation>la nuit qui suit la référence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a night next to the reference</source>
        <translation>une nuit voisine de la référence</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>quarter {number} of {year}</source>
        <translation>trimestre {number} de {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half {number} of {year}</source>
        <translation>semestre {number} de {year}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no year written: {year}, the one before publication ({published})</source>
        <translation>année non écrite&#xa0;: {year}, celle qui précède la publication ({published})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no year written: {year}, the one after publication ({published})</source>
        <translation>année non écrite&#xa0;: {year}, celle qui suit la publication ({published})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no year written: {year}, the one nearest to publication ({published})</source>
        <translation>année non écrite&#xa0;: {year}, la plus proche de la publication ({published})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no year written: {late} or {early} depending on the publication day ({published} is not precise enough); {late} chosen, marked &apos;?&apos;</source>
        <translation>année non écrite&#xa0;: {late} ou {early} selon le jour de publication ({published} n’est pas assez précis)&#xa0;; {late} retenue, marquée «&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no year written and no publication date to take it from: left undated</source>
        <translation>année non écrite et pas de date de publication d’où la tirer&#xa0;: laissé sans date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no year written and no publication date: left undated</source>
        <translation>année non écrite et pas de date de publication&#xa0;: laissé sans date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the year is uncertain</source>
        <translation>l’année est incertaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;early&apos; part of the period: the whole period is kept, not padded</source>
        <translation>«&#xa0;début&#xa0;» de la période&#xa0;: toute la période est gardée, sans précision inventée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;mid&apos; part of the period: the whole period is kept, not padded</source>
        <translation>«&#xa0;milieu&#xa0;» de la période&#xa0;: toute la période est gardée, sans précision inventée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;late&apos; part of the period: the whole period is kept, not padded</source>
        <translation>«&#xa0;fin&#xa0;» de la période&#xa0;: toute la période est gardée, sans précision inventée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day {day} does not exist in that month: left undated</source>
        <translation>le jour {day} n’existe pas dans ce mois&#xa0;: laissé sans date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {name} » needs the publication date, which is unknown: left undated</source>
        <translation>«&#xa0;{name}&#xa0;» demande la date de publication, qui est inconnue&#xa0;: laissé sans date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the article says « {written} », but {day} falls on a {weekday}: the date is marked &apos;?&apos;</source>
        <translation>l’article dit «&#xa0;{written}&#xa0;», mais le {day} est un {weekday}&#xa0;: la date est marquée «&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the {weekday} on or before publication: {day}</source>
        <translation>le {weekday} de la publication ou d’avant&#xa0;: {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the {weekday} after publication: {day}</source>
        <translation>le {weekday} après la publication&#xa0;: {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the {weekday} on or before publication (from the tense): {day}</source>
        <translation>le {weekday} de la publication ou d’avant (d’après le temps du verbe)&#xa0;: {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the {weekday} after publication (from the tense): {day}</source>
        <translation>le {weekday} après la publication (d’après le temps du verbe)&#xa0;: {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the {weekday} on or before publication, between {first} and {last} because the publication date is only {published}</source>
        <translation>le {weekday} de la publication ou d’avant, entre le {first} et le {last}, car la date de publication n’est connue que comme {published}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the {weekday} after publication, between {first} and {last} because the publication date is only {published}</source>
        <translation>le {weekday} après la publication, entre le {first} et le {last}, car la date de publication n’est connue que comme {published}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the {weekday} on or before publication (from the tense), between {first} and {last} because the publication date is only {published}</source>
        <translation>le {weekday} de la publication ou d’avant (d’après le temps du verbe), entre le {first} et le {last}, car la date de publication n’est connue que comme {published}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the {weekday} after publication (from the tense), between {first} and {last} because the publication date is only {published}</source>
        <translation>le {weekday} après la publication (d’après le temps du verbe), entre le {first} et le {last}, car la date de publication n’est connue que comme {published}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the {weekday} of publication, {first}, or the next one, {last}: the tense says it is to come, which both are</source>
        <translation>le {weekday} de la publication, {first}, ou le suivant, {last}&#xa0;: le temps du verbe le dit à venir, ce qu’ils sont tous deux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>relative to the publication date, which is unknown: left undated</source>
        <translation>relative à la date de publication, qui est inconnue&#xa0;: laissé sans date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the reference is another event of the story, not the publication, and the builder cannot tell which: left undated; give the date</source>
        <translation>la référence est un autre événement du récit, pas la publication, et le constructeur ne sait pas lequel&#xa0;: laissé sans date&#xa0;; donnez la date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the night before publication, which spans two days: a day from {first} to {last}</source>
        <translation>la nuit qui précède la publication, à cheval sur deux jours&#xa0;: un jour du {first} au {last}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the night after publication (from the tense), which spans two days: a day from {first} to {last}</source>
        <translation>la nuit qui suit la publication (d’après le temps du verbe), à cheval sur deux jours&#xa0;: un jour du {first} au {last}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a week (Monday to Sunday) relative to publication: one day in it</source>
        <translation>une semaine (du lundi au dimanche) relative à la publication&#xa0;: un jour de celle-ci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the month depends on the publication day ({published})</source>
        <translation>le mois dépend du jour de publication ({published})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a count of years before/after publication: approximate (&apos;~&apos;)</source>
        <translation>un nombre d’années avant ou après la publication&#xa0;: approximatif («&#xa0;~&#xa0;»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>earlier in the week of publication, before publication</source>
        <translation>plus tôt dans la semaine de publication, avant la publication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>earlier in the month of publication, before publication</source>
        <translation>plus tôt dans le mois de publication, avant la publication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>earlier in the year of publication, before publication</source>
        <translation>plus tôt dans l’année de publication, avant la publication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>later in the week of publication, after publication</source>
        <translation>plus tard dans la semaine de publication, après la publication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>later in the month of publication, after publication</source>
        <translation>plus tard dans le mois de publication, après la publication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>later in the year of publication, after publication</source>
        <translation>plus tard dans l’année de publication, après la publication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {name} » without a year and no publication date: left undated</source>
        <translation>«&#xa0;{name}&#xa0;» sans année et sans date de publication&#xa0;: laissé sans date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {name} » read as the months {first} to {last}</source>
        <translation>«&#xa0;{name}&#xa0;» lu comme les mois {first} à {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one year of the decade, {first} to {last}</source>
        <translation>une année de la décennie, de {first} à {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one year of the century, {first} to {last}</source>
        <translation>une année du siècle, de {first} à {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {text} » read as day/month; the other order is possible too</source>
        <translation>«&#xa0;{text}&#xa0;» lu comme jour/mois&#xa0;; l’autre ordre est possible aussi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {text} » read as month/day; the other order is possible too</source>
        <translation>«&#xa0;{text}&#xa0;» lu comme mois/jour&#xa0;; l’autre ordre est possible aussi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>computed value {value} is not a valid date ({error}): left undated</source>
        <translation>la valeur calculée {value} n’est pas une date valide ({error})&#xa0;: laissé sans date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {cue} »: on or before the last day of the period</source>
        <translation>«&#xa0;{cue}&#xa0;»&#xa0;: au plus tard le dernier jour de la période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {cue} »: on or before this date</source>
        <translation>«&#xa0;{cue}&#xa0;»&#xa0;: à cette date ou avant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {cue} »: on or after this date</source>
        <translation>«&#xa0;{cue}&#xa0;»&#xa0;: à cette date ou après</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {cue} »: from this date on, end open</source>
        <translation>«&#xa0;{cue}&#xa0;»&#xa0;: à partir de cette date, fin ouverte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>since the start of the year: from its first month, {value}</source>
        <translation>depuis le début de l’année&#xa0;: à partir de son premier mois, {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>since the start of the month: from its first day, {value}</source>
        <translation>depuis le début du mois&#xa0;: à partir de son premier jour, {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {cue} »: until this date, start open</source>
        <translation>«&#xa0;{cue}&#xa0;»&#xa0;: jusqu’à cette date, début ouvert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {cue} »: an approximate date, marked &apos;~&apos;</source>
        <translation>«&#xa0;{cue}&#xa0;»&#xa0;: date approximative, marquée «&#xa0;~&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {date} » follows « {participle} »: it dates « {phrase} », not the rest of its sentence</source>
        <translation>«&#xa0;{date}&#xa0;» suit «&#xa0;{participle}&#xa0;»&#xa0;: il date «&#xa0;{phrase}&#xa0;», pas le reste de sa phrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the publication date is unknown, so relative dates stay unresolved</source>
        <translation>la date de publication est inconnue, donc les dates relatives restent non résolues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status deadline: « {cue} » sets a limit</source>
        <translation>statut échéance&#xa0;: «&#xa0;{cue}&#xa0;» fixe une limite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status occurred: the date is before publication</source>
        <translation>statut survenu&#xa0;: la date précède la publication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status planned: the sentence speaks of the future</source>
        <translation>statut prévu&#xa0;: la phrase parle de l’avenir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status occurred: default</source>
        <translation>statut survenu&#xa0;: par défaut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status planned: the date is after publication</source>
        <translation>statut prévu&#xa0;: la date suit la publication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status occurred: past or present tense</source>
        <translation>statut survenu&#xa0;: phrase au passé ou au présent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>undated statement: a quotation whose sentence gives no date; left without a date rather than given one</source>
        <translation>déclaration non datée&#xa0;: une citation dont la phrase ne donne pas de date&#xa0;; laissée sans date plutôt que d’en recevoir une</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>also dated by « {phrase} » later in the article (same day, shared words: {shared}): joined as one event, check</source>
        <translation>aussi daté par «&#xa0;{phrase}&#xa0;» plus loin dans l’article (même jour, mots communs&#xa0;: {shared})&#xa0;: réuni en un seul événement, à vérifier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>« {phrase} » is also the day of « {other} », earlier in the article; not joined: they share no words but dates and names; join them if they are one event</source>
        <translation>«&#xa0;{phrase}&#xa0;» est aussi le jour de «&#xa0;{other}&#xa0;», plus haut dans l’article&#xa0;; non réunis&#xa0;: ils n’ont en commun que des dates et des noms&#xa0;; réunissez-les s’il s’agit d’un seul événement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found by timelineapp build (rules, {language}) in article {number} (plain text; {published})</source>
        <translation>Trouvé par timelineapp build (règles, {language}) dans l’article {number} (texte brut&#xa0;; {published})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found by timelineapp build (rules, {language}) in article {number} (HTML page reduced to its text; {published})</source>
        <translation>Trouvé par timelineapp build (règles, {language}) dans l’article {number} (page HTML réduite à son texte&#xa0;; {published})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>publication date {date} (from the option)</source>
        <translation>date de publication {date} (de l’option)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>publication date {date} (from the option; the article itself says {own}, and its relative dates were read from {date})</source>
        <translation>date de publication {date} (de l’option&#xa0;; l’article lui-même dit {own}, et ses dates relatives ont été lues à partir du {date})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>publication date {date} (from the metadata)</source>
        <translation>date de publication {date} (des métadonnées)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>publication date {date} (from the header line)</source>
        <translation>date de publication {date} (de la ligne d’en-tête)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>publication date {date}</source>
        <translation>date de publication {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publication date unknown</source>
        <translation>date de publication inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge proposal: the same date ({date}) and shared actors or words ({shared}) in documents {documents}; review: split it if these are different events</source>
        <translation>Proposition de fusion&#xa0;: la même date ({date}) et des acteurs ou mots communs ({shared}) dans les documents {documents}&#xa0;; à relire&#xa0;: séparez-les si ce sont des événements différents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge proposal: the same date ({date}) and shared actors or words (actors) in documents {documents}; review: split it if these are different events</source>
        <translation>Proposition de fusion&#xa0;: la même date ({date}) et des acteurs communs dans les documents {documents}&#xa0;; à relire&#xa0;: séparez-les si ce sont des événements différents</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>; </source>
        <comment>between two notes</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.</source>
        <comment>after the last note</comment>
        <translation>.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speaker</source>
        <comment>an actor&apos;s role in an event</comment>
        <translation>locuteur</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>How they were read: {reading}</source>
        <translation>Comment ces mots ont été lus&#xa0;: {reading}</translation>
    </message>
</context>
<context>
    <name>EditFlow</name>
    <message>
        <location filename="../../src/timelineapp/ui/editing/edit_flow.py" line="+72"/>
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
        <location line="+5"/>
        <source>&amp;New Event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot make this change</source>
        <translation>Impossible de faire cette modification</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>date phrase of %Ln source dropped</source>
        <translation>
            <numerusform>expression de date de %Ln source retirée</numerusform>
            <numerusform>expressions de date de %Ln sources retirées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>review reset to unreviewed</source>
        <translation>relecture remise à «&#xa0;non relu&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written when the event was dated {old}: {note}</source>
        <translation>Note écrite quand l’événement était daté de {old}&#xa0;: {note}</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+34"/>
        <source>Add document &apos;%1&apos;</source>
        <translation>Ajouter le document «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot add this document</source>
        <translation>Impossible d’ajouter ce document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document added: select words in it to make events</source>
        <translation>Document ajouté&#xa0;: sélectionnez-y des mots pour créer des événements</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is already an actor of this file: no other one made</source>
        <translation>%1 est déjà un acteur de ce fichier&#xa0;: aucun autre n’a été créé</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+24"/>
        <source>Merge &apos;%1&apos; into &apos;%2&apos;</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete event &apos;%1&apos;</source>
        <translation>Supprimer l’événement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot make this event</source>
        <translation>Impossible de créer cet événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New event &apos;%1&apos;</source>
        <translation>Nouvel événement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/editing/selection_edits.py" line="+50"/>
        <source>Add quote to &apos;%1&apos;</source>
        <translation>Ajouter une citation à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+122"/>
        <source>Select an event first</source>
        <translation>Sélectionnez d’abord un événement</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Set date phrase of &apos;%1&apos;</source>
        <translation>Définir l’expression de date de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No quote of the selected event overlaps the selection in this document</source>
        <translation>Aucune citation de l’événement sélectionné ne chevauche la sélection dans ce document</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>ErrorReporter</name>
    <message>
        <location filename="../../src/timelineapp/ui/error_dialog.py" line="+95"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong in timelineapp: {error}

The window keeps running and your file was not changed. If this happens again, please report it with the log file.</source>
        <translation>Un problème est survenu dans timelineapp&#xa0;: {error}

La fenêtre continue de fonctionner et votre fichier n’a pas été modifié. Si cela se reproduit, merci de le signaler avec le fichier journal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details are in the log file: {path}</source>
        <translation>Les détails sont dans le fichier journal&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The log file could not be written.</source>
        <translation>Le fichier journal n’a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>EventContextMenu</name>
    <message>
        <location filename="../../src/timelineapp/ui/event_context_menu.py" line="+38"/>
        <source>&amp;Edit Event</source>
        <translation>&amp;Modifier l’événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Title</source>
        <translation>&amp;Copier le titre</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../src/timelineapp/ui/editing/event_editor.py" line="+84"/>
        <source>Select an event to edit it</source>
        <translation>Sélectionnez un événement pour le modifier</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+7"/>
        <source>actor to add</source>
        <translation>acteur à ajouter</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quotes:</source>
        <translation>&amp;Citations&#xa0;:</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>by %1, %2</source>
        <translation>par %1, %2</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>An event needs a title: its title is kept</source>
        <translation>Un événement doit avoir un titre&#xa0;: son titre est conservé</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+10"/>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected an id starting with a letter, a digit or _, found %1</source>
        <translation>attendu&#xa0;: un identifiant commençant par une lettre, un chiffre ou _&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected an id of letters, digits and _ . : - only (no spaces), found %1</source>
        <translation>attendu&#xa0;: un identifiant fait seulement de lettres, de chiffres et de _ . : - (sans espace)&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+16"/>
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
        <location filename="../../src/timelineapp/ui/panes/event_pane.py" line="+103"/>
        <source>No event selected</source>
        <translation>Aucun événement sélectionné</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+111"/>
        <source>Show less of the title</source>
        <translation>Montrer moins du titre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the whole title (%1 characters)</source>
        <translation>Montrer tout le titre (%1&#xa0;caractères)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (precision: %2)</source>
        <translation>%1 (précision&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In the source: %1</source>
        <translation>Dans la source&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, but %2</source>
        <translation>%1, mais %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Review: %1</source>
        <translation>Relecture&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventWords</name>
    <message>
        <location filename="../../src/timelineapp/ui/events_model.py" line="+79"/>
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
        <location line="+9"/>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>half-year</source>
        <translation>semestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>four-month period</source>
        <translation>quadrimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>season</source>
        <translation>saison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="-13"/>
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
        <location line="+28"/>
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
        <location filename="../../src/timelineapp/ui/panes/events_pane.py" line="+144"/>
        <source>Right-click to choose the columns</source>
        <translation>Clic droit pour choisir les colonnes</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Fit Columns to the Pane</source>
        <translation>Ajuster les colonnes au panneau</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No file open</source>
        <translation>Aucun fichier ouvert</translation>
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
        <location line="+0"/>
        <source>%Ln undated</source>
        <translation>
            <numerusform>%Ln non daté</numerusform>
            <numerusform>%Ln non datés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln affiché</numerusform>
            <numerusform>%Ln affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <location filename="../../src/timelineapp/ui/events_model.py" line="+148"/>
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
    <name>EvidenceActions</name>
    <message>
        <location filename="../../src/timelineapp/ui/evidence_actions.py" line="+14"/>
        <source>Show Reporting &amp;Lag</source>
        <translation>Afficher le &amp;délai de publication</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw a line from each event to the publication of each document that reports it</source>
        <translation>Tracer une ligne de chaque événement à la publication de chaque document qui le rapporte</translation>
    </message>
</context>
<context>
    <name>EvidenceClaims</name>
    <message>
        <location filename="../../src/timelineapp/ui/panes/evidence_claims.py" line="+42"/>
        <source>What the sources say</source>
        <translation>Ce que disent les sources</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>⚠ The sources disagree on the date: %Ln claim(s) that do not all overlap</source>
        <translation>
            <numerusform>⚠ Les sources divergent sur la date&#xa0;: %Ln date qui ne se recouvre pas</numerusform>
            <numerusform>⚠ Les sources divergent sur la date&#xa0;: %Ln dates qui ne se recouvrent pas toutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supported by all: %1</source>
        <translation>Admis par toutes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dated sources agree</source>
        <translation>Les sources datées concordent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No source quotes words for its date</source>
        <translation>Aucune source ne cite de mots pour sa date</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
</context>
<context>
    <name>EvidenceFilterButton</name>
    <message>
        <location filename="../../src/timelineapp/ui/evidence_filter_button.py" line="+44"/>
        <source>Filter by the weight of the evidence: independent sources, grade, conflicting dates, review state</source>
        <translation>Filtrer selon le poids des sources&#xa0;: sources indépendantes, cotation, dates contradictoires, relecture</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents that copy, quote or translate one origin count once</source>
        <translation>Les documents qui copient, citent ou traduisent une même origine comptent une fois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Independent sources, at least:</source>
        <translation>Sources indépendantes, au moins&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any grade</source>
        <translation>toute cotation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 or better</source>
        <translation>%1 ou mieux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Admiralty grade: source reliability A (completely reliable) to F (cannot be judged), information credibility 1 (confirmed) to 6 (cannot be judged).
An event passes when one of its sources is graded this well or better on both; ungraded sources never pass.</source>
        <translation>Cotation de l’Amirauté&#xa0;: fiabilité de la source de A (tout à fait fiable) à F (ne peut être jugée), crédibilité de l’information de 1 (confirmée) à 6 (ne peut être jugée).
Un événement passe quand l’une de ses sources est cotée au moins aussi bien des deux côtés&#xa0;; les sources non cotées ne passent jamais.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grade:</source>
        <translation>Cotation&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only Conflicting Dates</source>
        <translation>Seulement les dates contradictoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events whose sources&apos; own dates do not overlap</source>
        <translation>Événements dont les dates données par les sources ne se recouvrent pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only Single-Source</source>
        <translation>Seulement à source unique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events backed by one independent origin</source>
        <translation>Événements appuyés par une seule origine indépendante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unreviewed</source>
        <translation>Non relus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Vérifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <translation>Contestés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Evidence Filters</source>
        <translation>Effacer les filtres de sources</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>Evidence (%Ln)</source>
        <translation>
            <numerusform>Sources (%Ln)</numerusform>
            <numerusform>Sources (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>EvidenceWords</name>
    <message>
        <location filename="../../src/timelineapp/render/evidence_words.py" line="+23"/>
        <source>completely reliable</source>
        <translation>tout à fait fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usually reliable</source>
        <translation>généralement fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fairly reliable</source>
        <translation>assez fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not usually reliable</source>
        <translation>généralement peu fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreliable</source>
        <translation>peu fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reliability cannot be judged</source>
        <translation>fiabilité impossible à juger</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+213"/>
        <source>reliability not graded</source>
        <translation>fiabilité non cotée</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>confirmed by other sources</source>
        <translation>confirmée par d’autres sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probably true</source>
        <translation>probablement vraie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>possibly true</source>
        <translation>possiblement vraie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doubtful</source>
        <translation>douteuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>improbable</source>
        <translation>improbable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>truth cannot be judged</source>
        <translation>véracité impossible à juger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>credibility not graded</source>
        <translation>crédibilité non cotée</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+252"/>
        <source>not graded</source>
        <translation>non coté</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Admiralty grade (NATO): the letter is the document&apos;s reliability, A (completely reliable) to F (cannot be judged); the digit is the credibility of what this source says, 1 (confirmed by other sources) to 6 (cannot be judged); ? means not graded yet (Sources pane › Grade Sources…).</source>
        <translation>Cotation de l’Amirauté (OTAN)&#xa0;: la lettre est la fiabilité du document, de A (tout à fait fiable) à F (ne peut être jugée)&#xa0;; le chiffre est la crédibilité de ce que dit cette source, de 1 (confirmée par d’autres sources) à 6 (ne peut être jugée)&#xa0;; «&#xa0;?&#xa0;» signifie pas encore coté (panneau Sources › Coter les sources…).</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln independent origin(s)</source>
        <translation>
            <numerusform>%Ln origine indépendante</numerusform>
            <numerusform>%Ln origines indépendantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>origin(s) not recorded</source>
        <translation>
            <numerusform>origine non renseignée</numerusform>
            <numerusform>origines non renseignées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln document(s) cited, backing nothing (no quoted words)</source>
        <translation>
            <numerusform>%Ln document cité, qui n’appuie rien (aucun mot cité)</numerusform>
            <numerusform>%Ln documents cités, qui n’appuient rien (aucun mot cité)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln more cited, backing nothing</source>
        <translation>
            <numerusform>%Ln autre cité, qui n’appuie rien</numerusform>
            <numerusform>%Ln autres cités, qui n’appuient rien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>reported %Ln day(s) later</source>
        <translation>
            <numerusform>rapporté %Ln jour plus tard</numerusform>
            <numerusform>rapporté %Ln jours plus tard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>reported %Ln day(s) before</source>
        <translation>
            <numerusform>rapporté %Ln jour avant</numerusform>
            <numerusform>rapporté %Ln jours avant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>reported within %Ln day(s)</source>
        <translation>
            <numerusform>rapporté sous %Ln jour</numerusform>
            <numerusform>rapporté sous %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln mois</numerusform>
            <numerusform>%Ln mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln an</numerusform>
            <numerusform>%Ln ans</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>reported about %1 later</source>
        <translation>rapporté environ %1 plus tard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reported about %1 before</source>
        <translation>rapporté environ %1 avant</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>origin not recorded</source>
        <translation>origine non renseignée</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>reported the same day</source>
        <translation>rapporté le jour même</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reported %1 to %2 days later</source>
        <translation>rapporté %1 à %2 jours plus tard</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reported %1 to %2 days before</source>
        <translation>rapporté %1 à %2 jours avant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reported between %1 days before and %2 days after</source>
        <translation>rapporté entre %1 jours avant et %2 jours après</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>reported between %1 before and %2 after</source>
        <translation>rapporté entre %1 avant et %2 après</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reported %1 to %2 later</source>
        <translation>rapporté %1 à %2 plus tard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reported %1 to %2 before</source>
        <translation>rapporté %1 à %2 avant</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>reliability F (cannot be judged)</source>
        <translation>fiabilité F (ne peut être jugée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reliability %1 (%2)</source>
        <translation>fiabilité %1 (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>relies on %1</source>
        <translation>s’appuie sur %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>translation of %1 by %2</source>
        <translation>traduction de %1 par %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>translation of %1</source>
        <translation>traduction de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>known only through quotations</source>
        <translation>connu seulement par des citations</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>best grade %1</source>
        <translation>meilleure cotation %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the sources disagree on the date</source>
        <translation>les sources divergent sur la date</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../src/timelineapp/render/export.py" line="+217"/>
        <source>Timeline exported by timelineapp {version} from {name} (SHA-256 {hash})</source>
        <translation>Chronologie exportée par timelineapp {version} depuis {name} (SHA-256 {hash})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline exported by timelineapp {version}</source>
        <translation>Chronologie exportée par timelineapp {version}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/timelineapp/render/export_text.py" line="+178"/>
        <location line="+230"/>
        <source>Filter: {filter}</source>
        <translation>Filtre&#xa0;: {filter}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported {date}</source>
        <translation>Exportée le {date}</translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/render/export_layout.py" line="+243"/>
        <source>No events match the filter</source>
        <translation>Aucun événement ne correspond au filtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No events in the exported period</source>
        <translation>Aucun événement dans la période exportée</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No actor</source>
        <translation>Aucun acteur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/timelineapp/render/export_text.py" line="-246"/>
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
        <location line="+63"/>
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
        <location line="+18"/>
        <source>%Ln event(s) cite a document that cannot be read</source>
        <translation>
            <numerusform>%Ln événement cite un document illisible</numerusform>
            <numerusform>%Ln événements citent un document illisible</numerusform>
        </translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+74"/>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>%Ln date phrase(s) do not match their date</source>
        <translation>
            <numerusform>%Ln expression de date ne correspond pas à sa date</numerusform>
            <numerusform>%Ln expressions de date ne correspondent pas à leur date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln date phrase(s) say no date</source>
        <translation>
            <numerusform>%Ln expression de date ne dit aucune date</numerusform>
            <numerusform>%Ln expressions de date ne disent aucune date</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{title}”: the document cannot be read</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: le document est illisible</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+16"/>
        <source>… and %Ln more (timelineapp validate lists them all)</source>
        <translation>
            <numerusform>… et %Ln autre (timelineapp validate les liste tous)</numerusform>
            <numerusform>… et %Ln autres (timelineapp validate les liste tous)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{title}”: the date phrase “{phrase}” says no date</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: l’expression de date «&#xa0;{phrase}&#xa0;» ne dit aucune date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{title}”: the date phrase “{phrase}” reads {reading}, not its source&apos;s own date {date}</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: l’expression de date «&#xa0;{phrase}&#xa0;» se lit {reading}, et non la date propre de sa source, {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{title}”: the date phrase “{phrase}” reads {reading}, not the event&apos;s date {date}</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: l’expression de date «&#xa0;{phrase}&#xa0;» se lit {reading}, et non la date de l’événement, {date}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
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
        <location line="+11"/>
        <source>Characters no font on this machine has, drawn as boxes: {characters}</source>
        <translation>Caractères qu’aucune police de cette machine ne contient, dessinés comme des carrés&#xa0;: {characters}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none (all events)</source>
        <translation>aucun (tous les événements)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>File: {name} · SHA-256 {hash}</source>
        <translation>Fichier&#xa0;: {name} · SHA-256 {hash}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved in any file: the picture shows a draft (no SHA-256)</source>
        <translation>Pas encore enregistré dans un fichier&#xa0;: l’image montre un brouillon (sans SHA-256)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File: {name}, with changes not saved: the picture is not of the file on disk (no SHA-256)</source>
        <translation>Fichier&#xa0;: {name}, avec des modifications non enregistrées&#xa0;: l’image ne montre pas le fichier tel qu’il est sur le disque (sans SHA-256)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File: {name}</source>
        <translation>Fichier&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>exported {date} with timelineapp {version}</source>
        <translation>exporté le {date} avec timelineapp {version}</translation>
    </message>
</context>
<context>
    <name>ExportCommandWords</name>
    <message>
        <location filename="../../src/timelineapp/ui/export_command_words.py" line="+39"/>
        <source>%1 landscape</source>
        <translation>%1 paysage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 portrait</source>
        <translation>%1 portrait</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln flagged</source>
        <comment>events whose quotes no longer match</comment>
        <translation>
            <numerusform>%Ln signalé</numerusform>
            <numerusform>%Ln signalés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote %1 (%2)</source>
        <translation>%1 écrit (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: notice: %2; the image was written all the same</source>
        <translation>%1&#xa0;: remarque&#xa0;: %2&#xa0;; l’image a été écrite quand même</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln provenance problem(s)</source>
        <translation>
            <numerusform>%Ln problème de provenance</numerusform>
            <numerusform>%Ln problèmes de provenance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln date phrase(s) that do not match their date</source>
        <translation>
            <numerusform>%Ln expression de date qui ne correspond pas à sa date</numerusform>
            <numerusform>%Ln expressions de date qui ne correspondent pas à leur date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln date phrase(s) that say no date</source>
        <translation>
            <numerusform>%Ln expression de date qui ne dit aucune date</numerusform>
            <numerusform>%Ln expressions de date qui ne disent aucune date</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: warning: %2 has %3: each is listed above, and an image lists those of the events it shows</source>
        <translation>%1&#xa0;: avertissement&#xa0;: %2 a %3&#xa0;: chacun est listé ci-dessus, et une image liste ceux des événements qu’elle montre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: warning: %2 has %3: each is listed above; the exported data does not mark them</source>
        <translation>%1&#xa0;: avertissement&#xa0;: %2 a %3&#xa0;: chacun est listé ci-dessus&#xa0;; les données exportées n’en signalent aucun</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has %2; the exported data does not mark them (the Provenance pane lists each).</source>
        <translation>%1 a %2&#xa0;; les données exportées n’en signalent aucun (le panneau Provenance les liste un à un).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has %2 (--strict); nothing was exported</source>
        <translation>%1 a %2 (--strict)&#xa0;; rien n’a été exporté</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="+102"/>
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
        <location line="+2"/>
        <source>As the window</source>
        <translation>Comme la fenêtre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language of the title block, legend, axis and footer</source>
        <translation>La langue du titre, de la légende, de l’axe et du pied de page</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
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
        <location line="+188"/>
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
        <location filename="../../src/timelineapp/ui/export_flow.py" line="+75"/>
        <location line="+76"/>
        <location line="+23"/>
        <location line="+41"/>
        <location line="+14"/>
        <source>Export Image</source>
        <translation>Exporter l’image</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Open an event file first.</source>
        <translation>Ouvrez d’abord un fichier d’événements.</translation>
    </message>
    <message>
        <location line="+68"/>
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
        <location line="+23"/>
        <source>Exporting {name}…</source>
        <translation>Export de {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+47"/>
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
        <location filename="../../src/timelineapp/ui/file_opener.py" line="+218"/>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+39"/>
        <source>Cannot open event file</source>
        <translation>Impossible d’ouvrir le fichier d’événements</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>{name} could not be opened. Nothing was changed; fix these problems and open it again:</source>
        <translation>{name} n’a pas pu être ouvert. Rien n’a été modifié&#xa0;; corrigez ces problèmes et rouvrez-le&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location filename="../../src/timelineapp/ui/filter_bar.py" line="+63"/>
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
        <location line="+5"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next Match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous Match</source>
        <translation>Résultat précédent</translation>
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
        <location line="+15"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every filter and show all events</source>
        <translation>Retirer tous les filtres et montrer tous les événements</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>A date: 2012, 2024-06, 2024-06-07 (EDTF), or in words: May 2024, 15 March 2024</source>
        <translation>Une date&#xa0;: 2012, 2024-06, 2024-06-07 (EDTF), ou en toutes lettres&#xa0;: mai 2024, 15 mars 2024</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{error}

{help}</source>
        <translation>{error}

{help}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read as {date} (the field shows it so after Enter)</source>
        <translation>Lu comme {date} (le champ l’affiche ainsi après Entrée)</translation>
    </message>
</context>
<context>
    <name>FilterPlurals</name>
    <message numerus="yes">
        <location filename="../../src/timelineapp/render/filter_words.py" line="+33"/>
        <source>at least %Ln independent source(s)</source>
        <translation>
            <numerusform>au moins %Ln source indépendante</numerusform>
            <numerusform>au moins %Ln sources indépendantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterWords</name>
    <message>
        <location line="+6"/>
        <source>%1 (and their members)</source>
        <translation>%1 (et leurs membres)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (and its members)</source>
        <translation>%1 (et ses membres)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (without their members)</source>
        <translation>%1 (sans leurs membres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (without its members)</source>
        <translation>%1 (sans ses membres)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>all of %1</source>
        <translation>tous parmi %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no actor)</source>
        <translation>(sans acteur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>actors: %1</source>
        <translation>acteurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>between %1 and %2</source>
        <translation>entre %1 et %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certainly</source>
        <translation>certainement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>possibly</source>
        <translation>possiblement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dates: %1 %2</source>
        <translation>dates&#xa0;: %1 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>role “%1”</source>
        <translation>rôle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text “%1”</source>
        <translation>texte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>verified</source>
        <translation>vérifiés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disputed</source>
        <translation>contestés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreviewed</source>
        <translation>non relus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>single source</source>
        <translation>source unique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grade %1 or better</source>
        <translation>cotation %1 ou mieux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sources disagree on the date</source>
        <translation>sources en désaccord sur la date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>review: %1</source>
        <translation>relecture&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FocusCycle</name>
    <message>
        <location filename="../../src/timelineapp/ui/focus_cycle.py" line="+63"/>
        <source>&amp;Next Pane</source>
        <translation>&amp;Panneau suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous Pane</source>
        <translation>Panneau &amp;précédent</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/evidence_dialog.py" line="+90"/>
        <location line="+50"/>
        <source>not graded</source>
        <translation>non coté</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Grade Sources</source>
        <translation>Coter les sources</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reliability:</source>
        <translation>Fiabilité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relies on:</source>
        <translation>S’appuie sur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation of:</source>
        <translation>Traduction de&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translated by:</source>
        <translation>Traduit par&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original language:</source>
        <translation>Langue d’origine&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this grade:</source>
        <translation>Pourquoi cette cote&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source %1: %2</source>
        <translation>Source %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credibility:</source>
        <translation>Crédibilité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date it states (EDTF):</source>
        <translation>Date qu’elle donne (EDTF)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/help_dialogs.py" line="-126"/>
        <source>User Guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timelineapp User Guide</source>
        <translation>Guide d’utilisation de timelineapp</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Format reference</source>
        <translation>Référence du format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>JSON Schema</source>
        <translation>Schéma JSON</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Event File Format</source>
        <translation>Format des fichiers d’événements</translation>
    </message>
</context>
<context>
    <name>Highlight</name>
    <message numerus="yes">
        <location filename="../../src/timelineapp/ui/highlight.py" line="+58"/>
        <source>(%Ln more character(s), in the file)</source>
        <translation>
            <numerusform>(%Ln caractère de plus, dans le fichier)</numerusform>
            <numerusform>(%Ln caractères de plus, dans le fichier)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../../src/timelineapp/ui/import_usage_words.py" line="+19"/>
        <source>--map {item}: expected FIELD=COLUMN, as in --map date=Date</source>
        <translation>--map {item}&#xa0;: attendu CHAMP=COLONNE, comme --map date=Date</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--map {item}: expected a field among {fields}, found {found}</source>
        <translation>--map {item}&#xa0;: attendu un champ parmi {fields}, trouvé {found}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/import_dialog.py" line="+94"/>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+61"/>
        <source>(undated)</source>
        <translation>(non daté)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+41"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+43"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+44"/>
        <location line="+44"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+44"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+47"/>
        <location line="+40"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message numerus="yes">
        <location line="-162"/>
        <source>Read %Ln item(s) as {format}.</source>
        <translation>
            <numerusform>%Ln élément lu comme {format}.</numerusform>
            <numerusform>%Ln éléments lus comme {format}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln event(s) will be imported.</source>
        <translation>
            <numerusform>%Ln événement sera importé.</numerusform>
            <numerusform>%Ln événements seront importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln item(s) left out (see Problems).</source>
        <translation>
            <numerusform>%Ln élément écarté (voir Problèmes).</numerusform>
            <numerusform>%Ln éléments écartés (voir Problèmes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Problems (%Ln)</source>
        <translation>
            <numerusform>Problèmes (%Ln)</numerusform>
            <numerusform>Problèmes (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Double-click to read all {count} characters.</source>
        <translation>Double-cliquez pour lire les {count} caractères.</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>… and %Ln more not listed</source>
        <translation>
            <numerusform>… et %Ln autre non listé</numerusform>
            <numerusform>… et %Ln autres non listés</numerusform>
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
    <message>
        <location line="+49"/>
        <source>{column}, row {row}</source>
        <translation>{column}, ligne {row}</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../src/timelineapp/ui/import_flow.py" line="+56"/>
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
        <location line="+89"/>
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
        <location line="-40"/>
        <source>All importable files</source>
        <translation>Tous les fichiers importables</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Import Timeline</source>
        <translation>Importer une chronologie</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="+28"/>
        <source>{name} (imported, not saved)</source>
        <translation>{name} (importé, non enregistré)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opening the import of {name}…</source>
        <translation>Ouverture de l’import de {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot open the import</source>
        <translation>Impossible d’ouvrir l’import</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title} — imported, not saved — timelineapp</source>
        <translation>{title} — importé, non enregistré — timelineapp</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save Imported Event File</source>
        <translation>Enregistrer le fichier d’événements importé</translation>
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
    <name>ImportReport</name>
    <message numerus="yes">
        <location filename="../../src/timelineapp/ui/import_report_words.py" line="+48"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln acteur</numerusform>
            <numerusform>%Ln acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln era(s)</source>
        <translation>
            <numerusform>%Ln période</numerusform>
            <numerusform>%Ln périodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{file}: read %Ln item(s) as {format}; kept {kept}</source>
        <translation>
            <numerusform>{file}&#xa0;: %Ln élément lu comme {format}&#xa0;; gardé&#xa0;: {kept}</numerusform>
            <numerusform>{file}&#xa0;: %Ln éléments lus comme {format}&#xa0;; gardé&#xa0;: {kept}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>left out %Ln item(s)</source>
        <translation>
            <numerusform>%Ln élément écarté</numerusform>
            <numerusform>%Ln éléments écartés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{message} (%Ln time(s))</source>
        <translation>
            <numerusform>{message} (%Ln fois)</numerusform>
            <numerusform>{message} (%Ln fois)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>… and %Ln more problem(s) not listed</source>
        <translation>
            <numerusform>… et %Ln autre problème non listé</numerusform>
            <numerusform>… et %Ln autres problèmes non listés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>wrote {output} (%Ln event(s))</source>
        <translation>
            <numerusform>écrit&#xa0;: {output} (%Ln événement)</numerusform>
            <numerusform>écrit&#xa0;: {output} (%Ln événements)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{given} is already used; the event is {made} (the original id is kept in its note)</source>
        <translation>{given} est déjà pris&#xa0;; l’événement devient {made} (l’identifiant d’origine est gardé dans sa note)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{given} is not a valid id; the event is {made} (the original id is kept in its note)</source>
        <translation>{given} n’est pas un identifiant valide&#xa0;; l’événement devient {made} (l’identifiant d’origine est gardé dans sa note)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{given} read as {date}: an event file date cannot say the part of the period; the words are kept in the note</source>
        <translation>{given} lu comme {date}&#xa0;: une date de fichier d’événements ne peut pas dire la partie de la période&#xa0;; les mots sont gardés dans la note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date left out: {problem}</source>
        <translation>date écartée&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date left out, the event is kept undated: {problem}</source>
        <translation>date écartée, l’événement est gardé sans date&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a title or a summary, found neither</source>
        <translation>un titre ou un résumé était attendu, aucun trouvé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fractions of a second: event file dates stop at seconds</source>
        <translation>fractions de seconde&#xa0;: les dates d’un fichier d’événements s’arrêtent à la seconde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>milliseconds: event file dates stop at seconds</source>
        <translation>millisecondes&#xa0;: les dates d’un fichier d’événements s’arrêtent à la seconde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected CSV, found an error: {error}; the rows before were read, this row and the rest of the file were not</source>
        <translation>CSV attendu, erreur trouvée&#xa0;: {error}&#xa0;; les lignes précédentes ont été lues, pas celle-ci ni la suite du fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a quoted cell opens here and is never closed (it would run to the end of the file): read up to the end of this line, and the lines after it as rows; check this cell</source>
        <translation>une cellule entre guillemets s’ouvre ici et n’est jamais fermée (elle irait jusqu’à la fin du fichier)&#xa0;: lue jusqu’à la fin de cette ligne, et les lignes suivantes comme des lignes du tableau&#xa0;; vérifiez cette cellule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a quoted cell opens here and is closed only on line {line}, by a quote followed by more text: read up to the end of this line, and the lines after it as rows; check this cell</source>
        <translation>une cellule entre guillemets s’ouvre ici et n’est fermée qu’à la ligne {line}, par un guillemet suivi d’autre texte&#xa0;: lue jusqu’à la fin de cette ligne, et les lignes suivantes comme des lignes du tableau&#xa0;; vérifiez cette cellule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a quoted cell opens here and closes only on line {line}: the lines after it up to that line, which look like rows, were read into this cell as written; if its quote is stray, remove it</source>
        <translation>une cellule entre guillemets s’ouvre ici et ne se ferme qu’à la ligne {line}&#xa0;: les lignes suivantes jusqu’à celle-là, qui ressemblent à des lignes du tableau, ont été lues dans cette cellule telles quelles&#xa0;; si ce guillemet est de trop, retirez-le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a quoted cell opens here and closes only on line {line}, leaving this row short of columns: read up to the end of this line, and the lines after it as rows; check this cell</source>
        <translation>une cellule entre guillemets s’ouvre ici et ne se ferme qu’à la ligne {line}, ce qui laisse cette ligne sans toutes ses colonnes&#xa0;: lue jusqu’à la fin de cette ligne, et les lignes suivantes comme des lignes du tableau&#xa0;; vérifiez cette cellule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not UTF-8 (byte 0x{byte} at offset {offset}): read as Windows-1252; check accented letters</source>
        <translation>pas en UTF-8 (octet 0x{byte} à la position {offset})&#xa0;: lu en Windows-1252&#xa0;; vérifiez les lettres accentuées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected columns for a date or a title, found none among {columns}; choose them (--map date=COLUMN --map title=COLUMN)</source>
        <translation>des colonnes de date ou de titre étaient attendues, aucune parmi {columns}&#xa0;; choisissez-les (--map date=COLONNE --map title=COLONNE)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a column for the title (or a summary), found none among {columns}; choose one (--map title=COLUMN)</source>
        <translation>une colonne pour le titre (ou un résumé) était attendue, aucune parmi {columns}&#xa0;; choisissez-en une (--map title=COLONNE)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a column for the title (or a summary), found none among {columns} and {more} more; choose one (--map title=COLUMN)</source>
        <translation>une colonne pour le titre (ou un résumé) était attendue, aucune parmi {columns} et {more} autres&#xa0;; choisissez-en une (--map title=COLONNE)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected columns for a date or a title, found none among {columns} and {more} more; choose them (--map date=COLUMN --map title=COLUMN)</source>
        <translation>des colonnes de date ou de titre étaient attendues, aucune parmi {columns} et {more} autres&#xa0;; choisissez-les (--map date=COLONNE --map title=COLONNE)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cells past the last column: no header names them</source>
        <translation>cellules après la dernière colonne&#xa0;: aucun en-tête ne les nomme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>columns no field takes: dropped as asked</source>
        <translation>colonnes qu’aucun champ ne prend&#xa0;: écartées comme demandé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quotes: a quote needs the document&apos;s text to be verified: kept in the event note</source>
        <translation>citations&#xa0;: une citation ne peut être vérifiée sans le texte du document&#xa0;; gardée dans la note de l’événement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>source addresses not http(s): kept in the event note</source>
        <translation>adresses de source hors http(s)&#xa0;: gardées dans la note de l’événement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>titles made from the summary: no title cell</source>
        <translation>titres tirés du résumé&#xa0;: pas de cellule de titre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time_precision: expected 1, 2 or 3, found {found}; read as a day</source>
        <translation>time_precision&#xa0;: 1, 2 ou 3 attendu, {found} trouvé&#xa0;; lu comme un jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a JSON object, found {found}, which is not valid JSON ({error})</source>
        <translation>objet JSON attendu, trouvé {found}, qui n’est pas du JSON valide ({error})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a JSON object, found {found}</source>
        <translation>objet JSON attendu, {found} trouvé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a CSV header, found an error: {error}</source>
        <translation>un en-tête CSV était attendu, erreur trouvée&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a header row naming the columns, found none</source>
        <translation>une ligne d’en-tête nommant les colonnes était attendue, aucune trouvée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the file: {error}</source>
        <translation>impossible de lire le fichier&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected UTF-8 text, found byte 0x{byte} at offset {offset}</source>
        <translation>du texte UTF-8 était attendu, octet 0x{byte} trouvé à la position {offset}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected JSON, found an error: {error}</source>
        <translation>du JSON était attendu, erreur trouvée&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a TimelineJS timeline, found a timelineapp event file: open it (File &gt; Open, or timelineapp FILE) instead of importing it</source>
        <translation>une frise TimelineJS était attendue, un fichier d’événements timelineapp trouvé&#xa0;: ouvrez-le (Fichier &gt; Ouvrir, ou timelineapp FICHIER) au lieu de l’importer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a TimelineJS timeline (an object with an &apos;events&apos; list, or TimelineJS 2&apos;s &apos;timeline&apos; object), found an object without &apos;events&apos;</source>
        <translation>une frise TimelineJS était attendue (un objet avec une liste «&#xa0;events&#xa0;», ou l’objet «&#xa0;timeline&#xa0;» de TimelineJS 2), trouvé&#xa0;: un objet sans «&#xa0;events&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a TimelineJS timeline (an object with an &apos;events&apos; list, or TimelineJS 2&apos;s &apos;timeline&apos; object), found {found}</source>
        <translation>une frise TimelineJS était attendue (un objet avec une liste «&#xa0;events&#xa0;», ou l’objet «&#xa0;timeline&#xa0;» de TimelineJS 2), trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected the TimelineJS sheet&apos;s columns (Year, Month, Day, …, Headline, Text), found {columns}</source>
        <translation>les colonnes d’une feuille TimelineJS étaient attendues (Year, Month, Day, …, Headline, Text), trouvé&#xa0;: {columns}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected the TimelineJS sheet&apos;s columns (Year, Month, Day, …, Headline, Text), found {columns} and {more} more</source>
        <translation>les colonnes d’une feuille TimelineJS étaient attendues (Year, Month, Day, …, Headline, Text), trouvé&#xa0;: {columns} et {more} autres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key}: expected {expected}, found {found}; left out</source>
        <translation>{key}&#xa0;: attendu&#xa0;: {expected}&#xa0;; trouvé&#xa0;: {found}&#xa0;; laissé de côté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DTSTART: expected {expected}, found {found}; the event is kept undated</source>
        <translation>DTSTART&#xa0;: attendu&#xa0;: {expected}&#xa0;; trouvé&#xa0;: {found}&#xa0;; l’événement est gardé sans date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an iCalendar file (BEGIN:VCALENDAR first), found {found}</source>
        <translation>un fichier iCalendar était attendu (BEGIN:VCALENDAR d’abord), trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected END:{component} before the end of the file: the calendar ends before this BEGIN:{component} is closed (cut short?)</source>
        <translation>END:{component} était attendu avant la fin du fichier&#xa0;: le calendrier s’arrête avant que ce BEGIN:{component} soit fermé (fichier tronqué&#xa0;?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected END:{expected}, found END:{found}</source>
        <translation>END:{expected} était attendu, trouvé&#xa0;: END:{found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an iCalendar file, found a line that cannot be read: {error}</source>
        <translation>un fichier iCalendar était attendu, trouvé une ligne illisible&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key}: not part of the TimelineJS format; not read</source>
        <translation>{key}&#xa0;: ne fait pas partie du format TimelineJS&#xa0;; non lu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key}: not part of the TimelineJS slide format; not read</source>
        <translation>{key}&#xa0;: ne fait pas partie du format des diapositives TimelineJS&#xa0;; non lu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an object, found {found}</source>
        <translation>objet attendu, {found} trouvé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text given as a string: expected an object with headline and text; the string is read as the text</source>
        <translation>texte donné comme chaîne&#xa0;: un objet avec headline et text était attendu&#xa0;; la chaîne est lue comme le texte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a headline, a text or a date, found none</source>
        <translation>un titre, un texte ou une date était attendu, aucun trouvé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no headline or text: the event is titled by its date, {date}</source>
        <translation>ni titre ni texte&#xa0;: l’événement a pour titre sa date, {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>display date {display} read as the date; the slide&apos;s own dates, {date}, are kept in the note</source>
        <translation>date affichée {display} lue comme la date&#xa0;; les dates de la diapositive, {date}, sont gardées dans la note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>headlines made from the text: a slide without a headline is titled by the start of its text</source>
        <translation>titres tirés du texte&#xa0;: une diapositive sans titre prend le début de son texte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>media: expected an object; left out</source>
        <translation>media&#xa0;: objet attendu&#xa0;; écarté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>background: a slide&apos;s background (colour or image) is a display setting</source>
        <translation>background&#xa0;: le fond d’une diapositive (couleur ou image) est un réglage d’affichage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key}: a display setting of TimelineJS</source>
        <translation>{key}&#xa0;: un réglage d’affichage de TimelineJS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no date: kept undated</source>
        <translation>pas de date&#xa0;: gardé sans date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an end without a start: kept undated</source>
        <translation>une fin sans début&#xa0;: gardé sans date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an object of date parts with a year, found {found}; kept undated</source>
        <translation>un objet de parties de date avec une année était attendu, {found} trouvé&#xa0;; gardé sans date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an object of date parts with a year, found no year; kept undated</source>
        <translation>un objet de parties de date avec une année était attendu, sans année trouvé&#xa0;; gardé sans date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>media.thumbnail: a preview picture of the media; the media&apos;s address is kept</source>
        <translation>media.thumbnail&#xa0;: une vignette du média&#xa0;; l’adresse du média est gardée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>media.alt: alternative text of the media picture</source>
        <translation>media.alt&#xa0;: texte de remplacement de l’image du média</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>media not at an http(s) address: kept in the event note, as a source document needs an http(s) address</source>
        <translation>média hors adresse http(s)&#xa0;: gardé dans la note de l’événement, car un document source demande une adresse http(s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a list, found {found}</source>
        <translation>liste attendue, {found} trouvé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key}: not part of the TimelineJS 2 format; not read</source>
        <translation>{key}&#xa0;: ne fait pas partie du format TimelineJS 2&#xa0;; non lu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key}: the timeline&apos;s own date is not an event</source>
        <translation>{key}&#xa0;: la date de la frise elle-même n’est pas un événement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>classname: a CSS class name of TimelineJS 2 (a display setting)</source>
        <translation>classname&#xa0;: une classe CSS de TimelineJS 2 (un réglage d’affichage)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>type: a display setting of TimelineJS 2</source>
        <translation>type&#xa0;: un réglage d’affichage de TimelineJS 2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a date as &quot;year,month,day[,hour,minute,second]&quot; (as in &quot;2012,1,26&quot;), found {found}; kept undated</source>
        <translation>une date «&#xa0;année,mois,jour[,heure,minute,seconde]&#xa0;» (comme «&#xa0;2012,1,26&#xa0;») était attendue, {found} trouvé&#xa0;; gardé sans date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key}: not a TimelineJS sheet column; not read</source>
        <translation>{key}&#xa0;: pas une colonne de tableur TimelineJS&#xa0;; non lu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type {key}: not a TimelineJS row type; read as an event</source>
        <translation>Type {key}&#xa0;: pas un type de ligne TimelineJS&#xa0;; lu comme un événement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag: the old sheet&apos;s Tag is read only when Group is empty</source>
        <translation>Tag&#xa0;: le Tag de l’ancien tableur n’est lu que si Group est vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key}: time left out: {error}</source>
        <translation>{key}&#xa0;: heure écartée&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read this event: {error}</source>
        <translation>impossible de lire cet événement&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a content line such as SUMMARY:text, found {found}: left out</source>
        <translation>attendu une ligne de contenu comme SUMMARY:texte, trouvé {found}&#xa0;: laissée de côté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only VEVENTs are events</source>
        <translation>seuls les VEVENT sont des événements</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a SUMMARY or a DESCRIPTION, found neither</source>
        <translation>un SUMMARY ou une DESCRIPTION était attendu, aucun trouvé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>repetitions (RRULE): kept once, at the first occurrence; the rule is in the event note</source>
        <translation>répétitions (RRULE)&#xa0;: gardé une fois, à la première occurrence&#xa0;; la règle est dans la note de l’événement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key}: not read, no event field holds it</source>
        <translation>{key}&#xa0;: non lu, aucun champ d’événement ne le contient</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>STATUS:TENTATIVE: kept as planned (not known to have happened)</source>
        <translation>STATUS:TENTATIVE&#xa0;: gardé comme prévu (on ne sait pas s’il a eu lieu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>STATUS:CANCELLED: kept as planned, tagged cancelled, with a note (an event file has no status for an event called off); delete it if it should not be shown</source>
        <translation>STATUS:CANCELLED&#xa0;: gardé comme prévu, avec l’étiquette cancelled et une note (un fichier d’événements n’a pas de statut pour un événement annulé)&#xa0;; supprimez-le s’il ne doit pas être montré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key}: not read, kept as occurred</source>
        <translation>{key}&#xa0;: non lu, gardé comme survenu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no DTSTART: kept undated</source>
        <translation>pas de DTSTART&#xa0;: gardé sans date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DTEND {end} is before DTSTART {start}: the end is left out</source>
        <translation>DTEND {end} est avant DTSTART {start}&#xa0;: la fin est laissée de côté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>floating times: a time without a time zone is written without one, which event files read as UTC</source>
        <translation>heures flottantes&#xa0;: une heure sans fuseau est écrite sans fuseau, ce que les fichiers d’événements lisent comme UTC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TimelineJS needs a date: an undated event is left out</source>
        <translation>TimelineJS demande une date&#xa0;: un événement sans date est écarté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a calendar event needs a date: an undated event is left out</source>
        <translation>un événement de calendrier demande une date&#xa0;: un événement sans date est écarté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timesketch needs a datetime: an undated event is left out</source>
        <translation>Timesketch demande un datetime&#xa0;: un événement sans date est écarté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cells starting with =, +, -, @, a tab or a carriage return: written after an apostrophe (&apos;), so that a spreadsheet shows them as text and never runs them as formulas; timelineapp&apos;s import of this CSV takes the apostrophe off</source>
        <translation>cellules commençant par =, +, -, @, une tabulation ou un retour chariot&#xa0;: écrites après une apostrophe (&apos;), pour qu’un tableur les montre comme du texte et ne les exécute jamais comme des formules&#xa0;; l’import de ce CSV par timelineapp retire l’apostrophe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quote positions: a quote&apos;s place in its document is not a column; its words are</source>
        <translation>positions des citations&#xa0;: la place d’une citation dans son document n’est pas une colonne&#xa0;; ses mots le sont</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>times without a time zone: earliest and latest span every zone the time may be in (14 hours before to 12 hours after it read as UTC); the date column keeps the time as written</source>
        <translation>heures sans fuseau horaire&#xa0;: earliest et latest couvrent tous les fuseaux où l’heure peut être (de 14 heures avant à 12 heures après, lue comme UTC)&#xa0;; la colonne date garde l’heure telle qu’écrite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>uncertain or approximate dates (?, ~, %): earliest and latest are the bounds of the date as written, without its doubt; the date column keeps it</source>
        <translation>dates incertaines ou approximatives (?, ~, %)&#xa0;: earliest et latest sont les bornes de la date telle qu’écrite, sans son doute&#xa0;; la colonne date le garde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quote positions: quotes are written as blockquotes; their place in the document is not</source>
        <translation>positions des citations&#xa0;: les citations sont écrites en blockquote&#xa0;; leur place dans le document ne l’est pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tags: TimelineJS has no tags (only one group per slide)</source>
        <translation>étiquettes&#xa0;: TimelineJS n’a pas d’étiquettes (un seul groupe par diapositive)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>notes: TimelineJS has no place for a note</source>
        <translation>notes&#xa0;: TimelineJS n’a pas de place pour une note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on or before: TimelineJS cannot draw it; drawn as a plain date, the date as written is the slide&apos;s display_date</source>
        <translation>le ou avant&#xa0;: TimelineJS ne sait pas le dessiner&#xa0;; dessiné comme une date simple, la date écrite est le display_date de la diapositive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on or after: TimelineJS cannot draw it; drawn as a plain date, the date as written is the slide&apos;s display_date</source>
        <translation>le ou après&#xa0;: TimelineJS ne sait pas le dessiner&#xa0;; dessiné comme une date simple, la date écrite est le display_date de la diapositive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one date in a span: TimelineJS cannot draw it; drawn as the span, the date as written is the slide&apos;s display_date</source>
        <translation>une date dans une période&#xa0;: TimelineJS ne sait pas le dessiner&#xa0;; dessiné comme la période, la date écrite est le display_date de la diapositive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an open end: TimelineJS cannot draw it; drawn as a plain date or span, the date as written is the slide&apos;s display_date</source>
        <translation>une borne ouverte&#xa0;: TimelineJS ne sait pas la dessiner&#xa0;; dessiné comme une date ou une période simple, la date écrite est le display_date de la diapositive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>uncertain or approximate: TimelineJS cannot draw it; drawn as a plain date or span, the date as written is the slide&apos;s display_date</source>
        <translation>incertain ou approximatif&#xa0;: TimelineJS ne sait pas le dessiner&#xa0;; dessiné comme une date ou une période simple, la date écrite est le display_date de la diapositive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a time zone: TimelineJS has none; drawn as a plain date or span, the date as written is the slide&apos;s display_date</source>
        <translation>un fuseau horaire&#xa0;: TimelineJS n’en a pas&#xa0;; dessiné comme une date ou une période simple, la date écrite est le display_date de la diapositive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>X digits, a season, a set or significant digits: TimelineJS cannot draw them; drawn as a plain date or span, the date as written is the slide&apos;s display_date</source>
        <translation>chiffres X, saison, ensemble ou chiffres significatifs&#xa0;: TimelineJS ne sait pas les dessiner&#xa0;; dessinés comme une date ou une période simple, la date écrite est le display_date de la diapositive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>calendars hold years 1 to 9999, found {date}</source>
        <translation>les calendriers vont de l’an 1 à 9999, {date} trouvé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>years and months: a calendar has no year or month events; an all-day event across its days</source>
        <translation>années et mois&#xa0;: un calendrier n’a pas d’événements d’un an ou d’un mois&#xa0;; un événement «&#xa0;toute la journée&#xa0;» sur tous ses jours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date meanings a calendar cannot hold: drawn as the span the date may cover; the date as written opens the description</source>
        <translation>sens de date qu’un calendrier ne peut porter&#xa0;: dessiné comme la période que la date peut couvrir&#xa0;; la date écrite ouvre la description</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>notes: a calendar event has no place for a note</source>
        <translation>notes&#xa0;: un événement de calendrier n’a pas de place pour une note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timesketch dates are years 1 to 9999, found {year}</source>
        <translation>les dates de Timesketch vont de l’an 1 à 9999, {year} trouvé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>imprecision: Timesketch places each event at its earliest second; the date as written is in edtf_date</source>
        <translation>imprécision&#xa0;: Timesketch place chaque événement à sa première seconde&#xa0;; la date écrite est dans edtf_date</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{place}: {message}</source>
        <translation>{place}&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a line break inside a cell that is not quoted</source>
        <translation>un saut de ligne dans une cellule sans guillemets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a NUL character (this looks like a binary file, not a table)</source>
        <translation>un caractère NUL (cela ressemble à un fichier binaire, pas à un tableau)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a cell larger than 2 GB</source>
        <translation>une cellule de plus de 2 Go</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a date such as 20240131 or a time such as 20240131T143000Z</source>
        <translation>une date comme 20240131 ou une heure comme 20240131T143000Z</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a time such as 20240131T143000Z</source>
        <translation>une heure comme 20240131T143000Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date such as 20240131</source>
        <translation>une date comme 20240131</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a duration such as PT1H30M</source>
        <translation>une durée comme PT1H30M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a period such as 20240131T143000Z/PT1H</source>
        <translation>une période comme 20240131T143000Z/PT1H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an address such as mailto:someone@example.org</source>
        <translation>une adresse comme mailto:quelquun@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a repetition rule such as FREQ=WEEKLY;COUNT=4</source>
        <translation>une règle de répétition comme FREQ=WEEKLY;COUNT=4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a latitude and longitude such as 13.5;2.1</source>
        <translation>une latitude et une longitude comme 13.5;2.1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an address such as https://example.org</source>
        <translation>une adresse comme https://example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a value this property takes</source>
        <translation>une valeur que cette propriété accepte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>vrai ou faux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{place}: {path}</source>
        <translation>{place}&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: {outcome}: {message}</source>
        <translation>{where}&#xa0;: {outcome}&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <translation>non gardé</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>TimelineJS JSON</source>
        <translation>TimelineJS JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TimelineJS 2 JSON</source>
        <translation>TimelineJS 2 JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TimelineJS spreadsheet (CSV)</source>
        <translation>tableur TimelineJS (CSV)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ACLED export (CSV)</source>
        <translation>export ACLED (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timesketch/Plaso timeline</source>
        <translation>chronologie Timesketch/Plaso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timesketch/Plaso timeline (JSONL)</source>
        <translation>chronologie Timesketch/Plaso (JSONL)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV table</source>
        <translation>tableau CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timesketch JSONL</source>
        <translation>Timesketch JSONL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kept}; {left_out}</source>
        <translation>{kept}&#xa0;; {left_out}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{outcome}: {text}, first at {where}</source>
        <translation>{outcome}&#xa0;: {text}, d’abord à {where}</translation>
    </message>
</context>
<context>
    <name>IssueWords</name>
    <message numerus="yes">
        <location filename="../../src/timelineapp/ui/issue_words.py" line="+40"/>
        <source>expected at least %Ln character(s), found {found}</source>
        <translation>
            <numerusform>attendu&#xa0;: au moins %Ln caractère&#xa0;; trouvé&#xa0;: {found}</numerusform>
            <numerusform>attendu&#xa0;: au moins %Ln caractères&#xa0;; trouvé&#xa0;: {found}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>expected at most %Ln character(s), found {found}</source>
        <translation>
            <numerusform>attendu&#xa0;: au plus %Ln caractère&#xa0;; trouvé&#xa0;: {found}</numerusform>
            <numerusform>attendu&#xa0;: au plus %Ln caractères&#xa0;; trouvé&#xa0;: {found}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>expected at least %Ln item(s), found {found}</source>
        <translation>
            <numerusform>attendu&#xa0;: au moins %Ln élément&#xa0;; trouvé&#xa0;: {found}</numerusform>
            <numerusform>attendu&#xa0;: au moins %Ln éléments&#xa0;; trouvé&#xa0;: {found}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>expected at most %Ln item(s), found {found}</source>
        <translation>
            <numerusform>attendu&#xa0;: au plus %Ln élément&#xa0;; trouvé&#xa0;: {found}</numerusform>
            <numerusform>attendu&#xa0;: au plus %Ln éléments&#xa0;; trouvé&#xa0;: {found}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an object, found {found}</source>
        <translation>objet attendu, {found} trouvé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a list, found {found}</source>
        <translation>liste attendue, {found} trouvé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected text, found {found}</source>
        <translation>attendu&#xa0;: du texte&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a whole number, found {found}</source>
        <translation>attendu&#xa0;: un nombre entier&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a number, found {found}</source>
        <translation>attendu&#xa0;: un nombre&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected true or false, found {found}</source>
        <translation>attendu&#xa0;: true ou false&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; the quoted text occurs at start={occurs_at}, end={occurs_end}</source>
        <translation>&#xa0;; le texte cité se trouve en start={occurs_at}, end={occurs_end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the quoted text does not occur anywhere in the document</source>
        <translation>&#xa0;; le texte cité ne se trouve nulle part dans le document</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (did you mean {suggestion}?)</source>
        <translation> (vouliez-vous dire {suggestion}&#xa0;?)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>expected this required field, found nothing</source>
        <translation>attendu&#xa0;: ce champ obligatoire&#xa0;; trouvé&#xa0;: rien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown field: expected only the fields of the format (check its spelling)</source>
        <translation>champ inconnu&#xa0;: attendu seulement les champs du format (vérifiez son orthographe)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>expected null, found {found}</source>
        <translation>attendu&#xa0;: null&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a number at most {le}, found {found}</source>
        <translation>attendu&#xa0;: un nombre au plus égal à {le}&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a number below {lt}, found {found}</source>
        <translation>attendu&#xa0;: un nombre inférieur à {lt}&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a number at least {ge}, found {found}</source>
        <translation>attendu&#xa0;: un nombre au moins égal à {ge}&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a number above {gt}, found {found}</source>
        <translation>attendu&#xa0;: un nombre supérieur à {gt}&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected text matching {pattern}, found {found}</source>
        <translation>attendu&#xa0;: un texte conforme au motif {pattern}&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>expected one of {expected}, found {found}</source>
        <translation>attendu&#xa0;: l’un de {expected}&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>expected {expected}, found {found}</source>
        <translation>attendu&#xa0;: {expected}&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>expected text of whole characters (a lone surrogate escape is none), found {found}</source>
        <translation>attendu&#xa0;: du texte fait de caractères entiers (un échappement de demi-code isolé, comme \ud800, n’en est pas un)&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>expected text other than spaces, found {found}</source>
        <translation>attendu&#xa0;: un texte autre que des espaces&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>expected the id of an actor, found unknown id {id}</source>
        <translation>attendu&#xa0;: l’identifiant d’un acteur&#xa0;; trouvé&#xa0;: l’identifiant inconnu {id}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected the id of a document, found unknown id {id}</source>
        <translation>attendu&#xa0;: l’identifiant d’un document&#xa0;; trouvé&#xa0;: l’identifiant inconnu {id}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected the id of another document, found {id}, the document itself</source>
        <translation>attendu&#xa0;: l’identifiant d’un autre document&#xa0;; trouvé&#xa0;: {id}, le document lui-même</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>duplicate document id {id}: expected unique ids, found it already at {first}</source>
        <translation>identifiant de document en double {id}&#xa0;: attendu&#xa0;: des identifiants uniques&#xa0;; trouvé&#xa0;: déjà employé en {first}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>duplicate actor id {id}: expected unique ids, found it already at {first}</source>
        <translation>identifiant d’acteur en double {id}&#xa0;: attendu&#xa0;: des identifiants uniques&#xa0;; trouvé&#xa0;: déjà employé en {first}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>duplicate event id {id}: expected unique ids, found it already at {first}</source>
        <translation>identifiant d’événement en double {id}&#xa0;: attendu&#xa0;: des identifiants uniques&#xa0;; trouvé&#xa0;: déjà employé en {first}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected an actor hierarchy without cycles, found the cycle {cycle}</source>
        <translation>attendu&#xa0;: une hiérarchie d’acteurs sans boucle&#xa0;; trouvé&#xa0;: la boucle {cycle}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected documents that do not derive from themselves, found the cycle {cycle}</source>
        <translation>attendu&#xa0;: des documents qui ne dérivent pas d’eux-mêmes&#xa0;; trouvé&#xa0;: la boucle {cycle}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>event {event} has no source: expected at least one quoted document</source>
        <translation>l’événement {event} n’a pas de source&#xa0;: attendu&#xa0;: au moins un document cité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected quotes only from documents with text, found quotes of {document}, which is known only through other documents: quote the document that quotes it</source>
        <translation>attendu&#xa0;: des citations de documents dotés d’un texte&#xa0;; trouvé&#xa0;: des citations de {document}, connu seulement par d’autres documents&#xa0;: citez le document qui le cite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>document {document} has changed: expected SHA-256 {expected}…, found {found}…</source>
        <translation>le document {document} a changé&#xa0;: attendu&#xa0;: SHA-256 {expected}…&#xa0;; trouvé&#xa0;: {found}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected end &lt;= {length} (the document&apos;s length), found end={end}</source>
        <translation>attendu&#xa0;: end &lt;= {length} (la longueur du document)&#xa0;; trouvé&#xa0;: end={end}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>quoted text differs from the document at character {at} of the quote (document offset {offset}): the document has {document_char} in …{document_context}…, the quote has {quote_char} in …{quote_context}…</source>
        <translation>la citation diffère du document au caractère {at} de la citation (position {offset} du document)&#xa0;: le document a {document_char} dans …{document_context}…, la citation a {quote_char} dans …{quote_context}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the date phrase « {phrase} » reads {reading}, which does not overlap the event&apos;s date {date}: select the words that give the date (or drop the phrase)</source>
        <translation>l’expression de date «&#xa0;{phrase}&#xa0;» se lit {reading}, ce qui ne recoupe pas la date de l’événement, {date}&#xa0;: sélectionnez les mots qui donnent la date (ou retirez l’expression)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the date phrase « {phrase} » reads {reading}, which does not overlap the source&apos;s own date {date}: select the words that give that date (or drop the phrase)</source>
        <translation>l’expression de date «&#xa0;{phrase}&#xa0;» se lit {reading}, ce qui ne recoupe pas la date propre de la source, {date}&#xa0;: sélectionnez les mots qui donnent cette date (ou retirez l’expression)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the date phrase « {phrase} » says no date: select the words that give the date (or drop the phrase)</source>
        <translation>l’expression de date «&#xa0;{phrase}&#xa0;» ne dit aucune date&#xa0;: sélectionnez les mots qui donnent la date (ou retirez l’expression)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected inline text: a document path needs an event file on disk</source>
        <translation>attendu&#xa0;: un texte dans le fichier&#xa0;; un chemin de document demande un fichier d’événements enregistré sur le disque</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a file name, found a NUL character in {path}</source>
        <translation>attendu&#xa0;: un nom de fichier&#xa0;; trouvé&#xa0;: un caractère NUL dans {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a path inside the event file&apos;s folder, found {path}, which leads outside it</source>
        <translation>attendu&#xa0;: un chemin dans le dossier du fichier d’événements&#xa0;; trouvé&#xa0;: {path}, qui mène en dehors</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>document file not found: {path}</source>
        <translation>fichier du document introuvable&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read {path}: {reason}</source>
        <translation>impossible de lire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>loading failed: {reason}</source>
        <translation>échec du chargement&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the file: {reason}</source>
        <translation>impossible de lire le fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected UTF-8 text in {path}, found {reason}</source>
        <translation>attendu&#xa0;: du texte UTF-8 dans {path}&#xa0;; trouvé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected at most {limit} nested arrays and objects, found deeper nesting</source>
        <translation>attendu&#xa0;: au plus {limit} tableaux et objets imbriqués&#xa0;; trouvé&#xa0;: une imbrication plus profonde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected UTF-8 text, found byte {byte}</source>
        <translation>attendu&#xa0;: du texte UTF-8&#xa0;; trouvé&#xa0;: l’octet {byte}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected UTF-8 text, found UTF-16 (byte-order mark {bom}): save it as UTF-8</source>
        <translation>texte UTF-8 attendu, UTF-16 trouvé (indicateur d’ordre des octets {bom})&#xa0;: enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected JSON, found an empty file</source>
        <translation>JSON attendu, fichier vide trouvé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected each key once in an object, found {key} again</source>
        <translation>attendu&#xa0;: chaque clé une seule fois dans un objet&#xa0;; trouvé&#xa0;: {key} une nouvelle fois</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not valid JSON: {detail} (found {found})</source>
        <comment>detail worded</comment>
        <translation>attendu&#xa0;: du JSON valide ({detail})&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a file of at most {limit} bytes, found a larger one</source>
        <translation>attendu&#xa0;: un fichier d’au plus {limit} octets&#xa0;; trouvé&#xa0;: un fichier plus grand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a readable file, found an error: {reason}</source>
        <translation>attendu&#xa0;: un fichier lisible&#xa0;; trouvé&#xa0;: une erreur ({reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected UTF-8 text, found bytes that are not UTF-8</source>
        <translation>attendu&#xa0;: du texte UTF-8&#xa0;; trouvé&#xa0;: des octets qui ne sont pas de l’UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected JSON, found text that is not JSON</source>
        <translation>attendu&#xa0;: du JSON&#xa0;; trouvé&#xa0;: un texte qui n’est pas du JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected at most {limit} levels of nesting, found more</source>
        <translation>attendu&#xa0;: au plus {limit} niveaux d’imbrication&#xa0;; trouvé&#xa0;: davantage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected settings version {expected} or older, found version {found} (written by a newer timelineapp)</source>
        <translation>attendu&#xa0;: des réglages en version {expected} ou antérieure&#xa0;; trouvé&#xa0;: la version {found} (écrits par un timelineapp plus récent)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the text {value}</source>
        <translation>le texte {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number {value}</source>
        <translation>le nombre {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list {value}</source>
        <translation>une liste {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object {value}</source>
        <translation>un objet {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NaN (not valid JSON)</source>
        <translation>NaN (ce n’est pas du JSON valide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an infinite number (Infinity, or one too large, such as 1e400)</source>
        <translation>un nombre infini (Infinity, ou un nombre trop grand, comme 1e400)</translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/quote_words.py" line="+23"/>
        <source>&apos;%1&apos;</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/read_problem_words.py" line="+88"/>
        <source>not enough memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unexpected error ({error}); the details are in the log</source>
        <translation>une erreur inattendue ({error})&#xa0;; le détail est dans le journal</translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/issue_words.py" line="+55"/>
        <source>{choices} or {last}</source>
        <translation>{choices} ou {last}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;end of file&apos;</source>
        <translation>la fin du fichier</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(end of span)</source>
        <translation>(fin du passage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(end of quote)</source>
        <translation>(fin de la citation)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{place}: {path}</source>
        <translation>{place}&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{location}: {severity}: {message}</source>
        <translation>{location}&#xa0;: {severity}&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>JsonProblem</name>
    <message>
        <location filename="../../src/timelineapp/ui/read_problem_words.py" line="+60"/>
        <source>Expecting value</source>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>nom de propriété entre guillemets droits doubles attendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>séparateur «&#xa0;:&#xa0;» attendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>séparateur «&#xa0;,&#xa0;» attendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unterminated string starting at</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra data</source>
        <translation>données en trop après la fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid \uXXXX escape</source>
        <translation>séquence \uXXXX invalide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Illegal trailing comma before end of object</source>
        <translation>virgule en trop avant la fin de l’objet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Illegal trailing comma before end of array</source>
        <translation>virgule en trop avant la fin de la liste</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Invalid control character {found}</source>
        <translation>caractère de contrôle {found} interdit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid \escape: {found}</source>
        <translation>échappement invalide&#xa0;: {found}</translation>
    </message>
</context>
<context>
    <name>Leftovers</name>
    <message numerus="yes">
        <location filename="../../src/timelineapp/ui/leftovers.py" line="+43"/>
        <source>Cannot remove %Ln leftover temporary file(s), such as {path}: {why}</source>
        <translation>
            <numerusform>Impossible de supprimer %Ln fichier temporaire restant, {path}&#xa0;: {why}</numerusform>
            <numerusform>Impossible de supprimer %Ln fichiers temporaires restants, dont {path}&#xa0;: {why}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../src/timelineapp/render/legend_kinds.py" line="+77"/>
        <source>Event on a day</source>
        <extracomment>The EDTF forms beyond plain dates: explained when a view shows one.</extracomment>
        <translation>Événement d’un jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period too short to draw here</source>
        <translation>Période trop courte pour être dessinée ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interval (solid where certain)</source>
        <translation>Intervalle (plein là où il est certain)</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Unspecified digits (199X: one of these)</source>
        <translation>Chiffres non précisés (199X&#xa0;: l’une de ces dates)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Season, quarter or half-year (over its months)</source>
        <translation>Saison, trimestre ou semestre (sur ses mois)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One of these dates</source>
        <translation>L’une de ces dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of these dates</source>
        <translation>Toutes ces dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated year, within its range</source>
        <translation>Année estimée, dans son intervalle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Doubt on the year, month or day only</source>
        <translation>Doute sur l’année, le mois ou le jour seulement</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>A date phrase no longer matches its document</source>
        <translation>Une expression de date ne correspond plus à son document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its document cannot be read: quotes unchecked</source>
        <translation>Son document est illisible&#xa0;: citations non vérifiées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A bar per source (per origin when recorded), grade</source>
        <translation>Une barre par source (par origine si renseignée), cotation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources disagree on the date</source>
        <translation>Les sources divergent sur la date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each source&apos;s date; firm: agreed by all</source>
        <translation>Date de chaque source&#xa0;; trait plein&#xa0;: admise par toutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reporting lag (to publication)</source>
        <translation>Délai de publication (jusqu’à la parution)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source document published</source>
        <translation>Publication d’un document source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events that did not fit (count)</source>
        <translation>Événements qui n’ont pas trouvé place (nombre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events per column (too many to draw)</source>
        <translation>Événements par colonne (trop nombreux pour être dessinés)</translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/render/legend.py" line="+103"/>
        <source>Marks</source>
        <extracomment>The text as drawn, one string per line (one line unless the legend wraps). Per section, the height of each row of entries (a wrapped entry makes its row taller).</extracomment>
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
        <location filename="../../src/timelineapp/ui/legend_pane.py" line="+95"/>
        <source>No actor</source>
        <translation>Aucun acteur</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No event file is open.</source>
        <translation>Aucun fichier d’événements n’est ouvert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No events in this view, so no marks to explain.</source>
        <translation>Aucun événement dans cette vue, donc aucune marque à expliquer.</translation>
    </message>
</context>
<context>
    <name>LegendPane</name>
    <message>
        <location line="+86"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>LiveReload</name>
    <message>
        <location filename="../../src/timelineapp/ui/live_reload.py" line="+230"/>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} was changed on disk by another program. Reload it and lose your unsaved changes, or keep working on your version?</source>
        <translation>{name} a été modifié sur le disque par un autre programme. Le recharger et perdre vos modifications non enregistrées, ou continuer avec votre version&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep My Changes</source>
        <translation>Garder mes modifications</translation>
    </message>
</context>
<context>
    <name>LongTextField</name>
    <message>
        <location filename="../../src/timelineapp/ui/editing/long_text.py" line="+51"/>
        <source>%1 characters: too long to edit here (at most %2). The start is shown; the file keeps the whole text.</source>
        <extracomment>Characters above which a summary or note is not editable in the Edit Event dock.</extracomment>
        <translation>%1&#xa0;caractères&#xa0;: trop long pour être modifié ici (%2 au plus). Le début est affiché&#xa0;; le fichier garde le texte entier.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/timelineapp/ui/dock_layout.py" line="+54"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Event</source>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/timelineapp/ui/main_window.py" line="+280"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="+24"/>
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
        <location line="+5"/>
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
        <location line="+3"/>
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
        <location line="+3"/>
        <source>&amp;Show All Events</source>
        <translation>&amp;Montrer tous les événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About timelineapp</source>
        <translation>À &amp;propos de timelineapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File Format</source>
        <translation>&amp;Format de fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Example</source>
        <translation>Ouvrir l’&amp;exemple</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/window_menus.py" line="+23"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+11"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Panes</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="+84"/>
        <source>Open Event File</source>
        <translation>Ouvrir un fichier d’événements</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Event files (*.timeline.json *.json);;All files (*)</source>
        <translation>Fichiers d’événements (*.timeline.json *.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>MergeActorsDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/actor_merge.py" line="+62"/>
        <source>Merge Actors</source>
        <translation>Fusionner des acteurs</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(choose the actor to keep)</source>
        <translation>(choisir l’acteur à garder)</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <message numerus="yes">
        <location line="+37"/>
        <source>After the merge, %Ln event(s) will name the actor kept.</source>
        <translation>
            <numerusform>Après la fusion, %Ln événement nommera l’acteur gardé.</numerusform>
            <numerusform>Après la fusion, %Ln événements nommeront l’acteur gardé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln of the merged actor&apos;s events has a review, which the merge sets back to unreviewed.</source>
        <translation>
            <numerusform>%Ln des événements de l’acteur fusionné a une relecture, que la fusion remet à «&#xa0;non relu&#xa0;».</numerusform>
            <numerusform>%Ln des événements de l’acteur fusionné ont une relecture, que la fusion remet à «&#xa0;non relu&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>« %1 » itself is named by %Ln event(s).</source>
        <translation>
            <numerusform>%Ln événement nomme directement «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln événements nomment directement «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/editing/new_event_dialog.py" line="+55"/>
        <source>New Event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Suggested from the words %1: check it; they become the date phrase</source>
        <translation>Suggérée par les mots %1&#xa0;: vérifiez-la&#xa0;; ils deviennent l’expression de date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is relative to the document’s publication date, which is not given: fill in Published in File › Document Properties… to date it, or type the date</source>
        <translation>%1 se rapporte à la date de publication du document, qui n’est pas donnée&#xa0;: renseignez Publié dans Fichier › Propriétés du document… pour la dater, ou tapez la date</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No date found in the selection or its sentence: leave it empty if the source gives none</source>
        <translation>Aucune date trouvée dans la sélection ou sa phrase&#xa0;: laissez vide si la source n’en donne pas</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../../src/timelineapp/ui/editing/dialogs.py" line="-381"/>
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
    <name>PhraseQuestion</name>
    <message>
        <location filename="../../src/timelineapp/ui/phrase_question.py" line="+39"/>
        <source>« %1 » says no date: no day, month, year or other word of time.

A date phrase shows the words that give the date: record these anyway?</source>
        <translation>«&#xa0;%1&#xa0;» ne dit aucune date&#xa0;: ni jour, ni mois, ni année, ni autre mot de temps.

Une expression de date montre les mots qui donnent la date&#xa0;: l’enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>« %1 » reads %2, which does not overlap the source&apos;s own date, %3.

A date phrase shows the words that give the date: record these anyway?</source>
        <translation>«&#xa0;%1&#xa0;» se lit %2, ce qui ne recoupe pas la date propre de la source, %3.

Une expression de date montre les mots qui donnent la date&#xa0;: l’enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>« %1 » reads %2, which does not overlap the event&apos;s date, %3.

A date phrase shows the words that give the date: record these anyway, or cancel and change the date first?</source>
        <translation>«&#xa0;%1&#xa0;» se lit %2, ce qui ne recoupe pas la date de l’événement, %3.

Une expression de date montre les mots qui donnent la date&#xa0;: l’enregistrer quand même, ou annuler et changer d’abord la date&#xa0;?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use as Date Phrase</source>
        <translation>Utiliser comme expression de date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Record Anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/preferences_dialog.py" line="+58"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Load cache</source>
        <translation>Cache de chargement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> GiB</source>
        <translation>&#xa0;Gio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the cache grows beyond this, the entries used least recently are removed.</source>
        <translation>Au-delà de cette taille, les entrées utilisées le moins récemment sont supprimées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Budget:</source>
        <translation>Taille ma&amp;ximale&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear Cache…</source>
        <translation>&amp;Vider le cache…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache makes big event files reopen fast. Clearing it never touches your event files or documents.</source>
        <translation>Le cache permet de rouvrir rapidement les gros fichiers d’événements. Le vider ne touche jamais à vos fichiers d’événements ni à vos documents.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies at the next start.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Clear Cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove everything in the load cache? Big files will take longer to open the next time. Your event files and documents are not touched.</source>
        <translation>Supprimer tout le contenu du cache de chargement&#xa0;? Les gros fichiers seront plus longs à ouvrir la prochaine fois. Vos fichiers d’événements et vos documents ne sont pas touchés.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message numerus="yes">
        <location filename="../../src/timelineapp/ui/provenance_words.py" line="+36"/>
        <source>%Ln quote(s) no longer match(es) its document</source>
        <translation>
            <numerusform>%Ln citation ne correspond plus à son document</numerusform>
            <numerusform>%Ln citations ne correspondent plus à leur document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln date phrase(s) no longer match(es) its document</source>
        <translation>
            <numerusform>%Ln expression de date ne correspond plus à son document</numerusform>
            <numerusform>%Ln expressions de date ne correspondent plus à leur document</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a document it cites cannot be read</source>
        <translation>un document qu’il cite est illisible</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln provenance problem(s)</source>
        <translation>
            <numerusform>%Ln problème de provenance</numerusform>
            <numerusform>%Ln problèmes de provenance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln date phrase(s) do not match their date</source>
        <translation>
            <numerusform>%Ln expression de date ne correspond pas à sa date</numerusform>
            <numerusform>%Ln expressions de date ne correspondent pas à leur date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln date phrase(s) say no date</source>
        <translation>
            <numerusform>%Ln expression de date ne dit aucune date</numerusform>
            <numerusform>%Ln expressions de date ne disent aucune date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln event(s) have no source: no quote backs them</source>
        <translation>
            <numerusform>%Ln événement n’a pas de source&#xa0;: aucune citation ne l’étaye</numerusform>
            <numerusform>%Ln événements n’ont pas de source&#xa0;: aucune citation ne les étaye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln event(s) without a source</source>
        <translation>
            <numerusform>%Ln événement sans source</numerusform>
            <numerusform>%Ln événements sans source</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln recorded passage(s) no longer match(es) this document&apos;s text; they are marked in red</source>
        <translation>
            <numerusform>%Ln passage enregistré ne correspond plus au texte de ce document&#xa0;; il est marqué en rouge</numerusform>
            <numerusform>%Ln passages enregistrés ne correspondent plus au texte de ce document&#xa0;; ils sont marqués en rouge</numerusform>
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
        <location filename="../../src/timelineapp/ui/provenance_pane.py" line="+50"/>
        <source>Provenance problems</source>
        <translation>Problèmes de provenance</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No event file is open.</source>
        <translation>Aucun fichier d’événements n’est ouvert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every quote matches its document&apos;s text.</source>
        <translation>Chaque citation correspond au texte de son document.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every quote and date phrase matches its document&apos;s text.</source>
        <translation>Chaque citation et expression de date correspond au texte de son document.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(the first ones; the file has more problems)</source>
        <translation>(les premiers&#xa0;; le fichier a d’autres problèmes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the date phrases…</source>
        <translation>Lecture des expressions de date…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click one to show its event or document.</source>
        <translation>Cliquez sur l’un d’eux pour afficher son événement ou son document.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../src/timelineapp/ui/qt_translation_gaps.py" line="+23"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-5"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QuotesModel</name>
    <message>
        <location filename="../../src/timelineapp/ui/panes/quotes_pane.py" line="+228"/>
        <source>⚠ The document cannot be read: this quote is unchecked.</source>
        <translation>⚠ Le document est illisible&#xa0;: cette citation n’est pas vérifiée.</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+99"/>
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
    <name>ReadProblem</name>
    <message>
        <location filename="../../src/timelineapp/ui/read_problem_words.py" line="-171"/>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a part of the path is not a folder</source>
        <translation>une partie du chemin n’est pas un dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no space left on the device</source>
        <translation>plus de place sur le périphérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the device is read-only</source>
        <translation>le périphérique est en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many files are open</source>
        <translation>trop de fichiers sont ouverts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name is too long</source>
        <translation>le nom du fichier est trop long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many symbolic links in the path</source>
        <translation>trop de liens symboliques dans le chemin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>input/output error (the disk or the network)</source>
        <translation>erreur d’entrée-sortie (le disque ou le réseau)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is busy</source>
        <translation>le fichier est occupé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not enough memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system timed out</source>
        <translation>le système a dépassé le délai d’attente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a socket</source>
        <translation>une socket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+47"/>
        <source>system error {errno}</source>
        <translation>erreur système {errno}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a regular file, found {kind}</source>
        <translation>attendu un fichier ordinaire, trouvé {kind}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected at most {limit}, found {size}: the file is too big to open</source>
        <translation>attendu au plus {limit}, trouvé {size}&#xa0;: le fichier est trop gros pour être ouvert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected at most {limit}, found more: the file is growing</source>
        <translation>attendu au plus {limit}, trouvé davantage&#xa0;: le fichier grossit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the path holds a NUL character</source>
        <translation>le chemin contient un caractère NUL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid start byte</source>
        <translation>octet de début invalide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid continuation byte</source>
        <translation>octet de continuation invalide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected end of data</source>
        <translation>fin des données inattendue</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <location filename="../../src/timelineapp/ui/file_actions.py" line="-102"/>
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
        <location line="+26"/>
        <source>No Recent Files</source>
        <translation>Aucun fichier récent</translation>
    </message>
</context>
<context>
    <name>ReloadBanner</name>
    <message>
        <location filename="../../src/timelineapp/ui/live_reload.py" line="-162"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} changed on disk and cannot be read now; the last good version stays shown until the file is fixed:</source>
        <translation>{name} a changé sur le disque et ne peut pas être lu pour l’instant&#xa0;; la dernière version valide reste affichée jusqu’à ce que le fichier soit corrigé&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} was deleted or moved; the last version read stays shown. Save it to keep it.</source>
        <translation>{name} a été supprimé ou déplacé&#xa0;; la dernière version lue reste affichée. Enregistrez-la pour la conserver.</translation>
    </message>
</context>
<context>
    <name>ReviewMode</name>
    <message>
        <location filename="../../src/timelineapp/ui/editing/review.py" line="+66"/>
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
        <location line="+53"/>
        <source>Reviewer Name</source>
        <translation>Nom du relecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name recorded with each review verdict:</source>
        <translation>Nom enregistré avec chaque verdict de relecture&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{done} of {total} reviewed</source>
        <translation>{done} sur {total} relus</translation>
    </message>
    <message>
        <location line="+12"/>
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
    <name>SaveDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/save_dialog.py" line="+41"/>
        <source>Event files (*.timeline.json)</source>
        <translation>Fichiers d’événements (*.timeline.json)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} already exists. Replace it? The previous one is kept as .bak.</source>
        <translation>{name} existe déjà. Le remplacer&#xa0;? La version précédente est gardée en .bak.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
</context>
<context>
    <name>SaveFlow</name>
    <message>
        <location filename="../../src/timelineapp/ui/editing/save_flow.py" line="+35"/>
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
        <location line="+32"/>
        <source>Save Event File</source>
        <translation>Enregistrer le fichier d’événements</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} was changed on disk since it was opened (by another program, or a git pull). Saving replaces those changes with yours; the version on disk is kept as {name}.bak.</source>
        <translation>{name} a été modifié sur le disque depuis son ouverture (par un autre programme, ou un git pull). Enregistrer remplace ces modifications par les vôtres&#xa0;; la version du disque est gardée sous {name}.bak.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{reason}

The file on disk was not changed.</source>
        <translation>{reason}

Le fichier sur le disque n’a pas été modifié.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving failed unexpectedly; the file on disk was not changed. The details are in the log.</source>
        <translation>L’enregistrement a échoué de façon inattendue&#xa0;; le fichier sur le disque n’a pas été modifié. Les détails sont dans le journal.</translation>
    </message>
    <message>
        <location line="+23"/>
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
    <name>SaveRefusal</name>
    <message>
        <location filename="../../src/timelineapp/ui/save_refusal_words.py" line="+28"/>
        <source>The document path {path} leads outside the event file’s folder ({folder}): timelineapp never writes a document there.</source>
        <translation>Le chemin de document {path} sort du dossier du fichier d’événements ({folder})&#xa0;: timelineapp n’écrit jamais de document à cet endroit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} in {folder} is another file than document {document}, and the document’s text is not at hand to write it under another name.</source>
        <translation>{path} dans {folder} est un autre fichier que le document {document}, et le texte du document n’est pas disponible pour l’écrire sous un autre nom.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document {document} has no file {path} in {folder}, and its text is not at hand to write one.</source>
        <translation>Le document {document} n’a pas de fichier {path} dans {folder}, et son texte n’est pas disponible pour en écrire un.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} would be over {limit}, the most timelineapp opens, even with one event per line. Remove events or split the file.</source>
        <translation>{name} dépasserait {limit}, le maximum que timelineapp ouvre, même avec un événement par ligne. Retirez des événements ou scindez le fichier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} was changed on disk since it was opened.</source>
        <translation>{name} a été modifié sur le disque depuis son ouverture.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot save {name}: {reason}.</source>
        <translation>Impossible d’enregistrer {name}&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>SettingsBanner</name>
    <message>
        <location filename="../../src/timelineapp/ui/settings_banner.py" line="+32"/>
        <location line="+22"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Less</source>
        <translation>Moins</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/shortcuts_dialog.py" line="+57"/>
        <source>Whole window</source>
        <translation>Toute la fenêtre</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>SourcesPane</name>
    <message>
        <location filename="../../src/timelineapp/ui/panes/sources_pane.py" line="+124"/>
        <source>Grade Sources…</source>
        <translation>Coter les sources…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grade each document (reliability A–F, what it relies on) and each source (credibility 1–6, the date it states), with notes saying why</source>
        <translation>Coter chaque document (fiabilité A–F, ce sur quoi il s’appuie) et chaque source (crédibilité 1–6, la date qu’elle donne), avec une note qui dit pourquoi</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Grade the sources of &apos;%1&apos;</source>
        <translation>Coter les sources de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot make this change</source>
        <translation>Impossible de faire cette modification</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No event selected</source>
        <translation>Aucun événement sélectionné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This event cites no source</source>
        <translation>Cet événement ne cite aucune source</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Independent origin: %1</source>
        <translation>Origine indépendante&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One origin: %1</source>
        <translation>Une seule origine&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Grade:</source>
        <translation>Cotation&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relies on:</source>
        <translation>S’appuie sur&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, translated by %2</source>
        <translation>%1, traduit par %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Translation of:</source>
        <translation>Traduction de&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Original language:</source>
        <translation>Langue d’origine&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Known only through its quotations in other documents</source>
        <translation>Connu seulement par ses citations dans d’autres documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grading note:</source>
        <translation>Note de cotation&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source note:</source>
        <translation>Note sur la source&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Says:</source>
        <translation>Date donnée&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reporting lag:</source>
        <translation>Délai de publication&#xa0;:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>⚠ The text of this document no longer matches its recorded SHA-256: quotes may be wrong</source>
        <translation>⚠ Le texte de ce document ne correspond plus à son SHA-256 enregistré&#xa0;: les citations peuvent être fausses</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⚠ Text not available</source>
        <translation>⚠ Texte indisponible</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln quote(s) from this document</source>
        <translation>
            <numerusform>%Ln citation de ce document</numerusform>
            <numerusform>%Ln citations de ce document</numerusform>
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
        <location line="+8"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>StatusRange</name>
    <message numerus="yes">
        <location filename="../../src/timelineapp/ui/status_bar.py" line="+44"/>
        <source>in %Ln billion years</source>
        <extracomment>Ends of a deep-time view this far from the present (in years) are said in millions or billions of years (&quot;13.8 billion years ago&quot;); nearer ones as calendar years (&quot;2024&quot;).</extracomment>
        <translation>
            <numerusform>dans %Ln&#xa0;milliard d’années</numerusform>
            <numerusform>dans %Ln&#xa0;milliards d’années</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %Ln million years</source>
        <translation>
            <numerusform>dans %Ln&#xa0;million d’années</numerusform>
            <numerusform>dans %Ln&#xa0;millions d’années</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>in %1 billion years</source>
        <translation>
            <numerusform>dans %1&#xa0;milliard d’années</numerusform>
            <numerusform>dans %1&#xa0;milliards d’années</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %1 million years</source>
        <translation>
            <numerusform>dans %1&#xa0;million d’années</numerusform>
            <numerusform>dans %1&#xa0;millions d’années</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>now</source>
        <translation>aujourd’hui</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../src/timelineapp/render/compress.py" line="+263"/>
        <source>{span}, no events</source>
        <extracomment>A stretch without events is compressed when longer than this share of the data&apos;s extent. ... and longer than half a year (a pause of weeks or months is part of a story). What a compressed stretch keeps, as a share of the packed extent (its break&apos;s width).</extracomment>
        <translation>{span}, aucun événement</translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message>
        <location filename="../../src/timelineapp/ui/timeline_accessible.py" line="+68"/>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No file open</source>
        <translation>Aucun fichier ouvert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No event selected</source>
        <translation>Aucun événement sélectionné</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
</context>
<context>
    <name>TimelineKeys</name>
    <message>
        <location filename="../../src/timelineapp/ui/timeline_keys.py" line="+37"/>
        <source>Pan Left</source>
        <translation>Défiler vers la gauche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pan Right</source>
        <translation>Défiler vers la droite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pan a Page Left</source>
        <translation>Défiler d’une page vers la gauche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pan a Page Right</source>
        <translation>Défiler d’une page vers la droite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom to Selection</source>
        <translation>Zoomer sur la sélection</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear Selection</source>
        <translation>Désélectionner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event Menu</source>
        <translation>Menu de l’événement</translation>
    </message>
</context>
<context>
    <name>TimelineStatusBar</name>
    <message>
        <location filename="../../src/timelineapp/ui/status_bar.py" line="+67"/>
        <source>Show the list of provenance problems</source>
        <translation>Afficher la liste des problèmes de provenance</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show the events that have no source</source>
        <translation>Afficher les événements sans source</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>“{title}” is hidden by the filter: the selection was cleared</source>
        <translation>«&#xa0;{title}&#xa0;» est masqué par le filtre&#xa0;: la sélection a été effacée</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln undated</source>
        <translation>
            <numerusform>%Ln non daté</numerusform>
            <numerusform>%Ln non datés</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{shown} of {total} events</source>
        <translation>{shown} sur {total} événements</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/timelineapp/ui/timeline_view.py" line="+78"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>No event file is open. Use File › Open (Ctrl+O).</source>
        <translation>Aucun fichier d’événements n’est ouvert. Utilisez Fichier › Ouvrir (Ctrl+O).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} events span this whole view (coarse dates, long intervals): click to zoom out</source>
        <translation>{count} événements couvrent toute cette vue (dates larges, longs intervalles)&#xa0;: cliquez pour dézoomer</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This file has no events yet.</source>
        <translation>Ce fichier n’a pas encore d’événement.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No event matches the filter: {filter}</source>
        <translation>Aucun événement ne correspond au filtre&#xa0;: {filter}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No event matches the filter.</source>
        <translation>Aucun événement ne correspond au filtre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show all events</source>
        <translation>Montrer tous les événements</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The %Ln matching event(s) have no date: see the Events table.</source>
        <translation>
            <numerusform>L’événement correspondant n’a pas de date&#xa0;: voir le tableau Événements.</numerusform>
            <numerusform>Les %Ln événements correspondants n’ont pas de date&#xa0;: voir le tableau Événements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>None of the %Ln matching event(s) is in this period.</source>
        <translation>
            <numerusform>L’événement correspondant n’est pas dans cette période.</numerusform>
            <numerusform>Aucun des %Ln événements correspondants n’est dans cette période.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show them (Fit All)</source>
        <translation>Les montrer (Tout afficher)</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message numerus="yes">
        <location filename="../../src/timelineapp/ui/timeline_widget.py" line="+216"/>
        <source>%Ln more: see the Events table</source>
        <translation>
            <numerusform>%Ln de plus&#xa0;: voir le tableau Événements</numerusform>
            <numerusform>%Ln de plus&#xa0;: voir le tableau Événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%Ln event(s) here; click to zoom in</source>
        <translation>
            <numerusform>%Ln événement ici&#xa0;; cliquez pour zoomer</numerusform>
            <numerusform>%Ln événements ici&#xa0;; cliquez pour zoomer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/tooltips.py" line="+56"/>
        <source>Published: {title} ({date})</source>
        <translation>Publié&#xa0;: {title} ({date})</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message numerus="yes">
        <location line="-19"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidateWords</name>
    <message>
        <location filename="../../src/timelineapp/validate_words.py" line="+13"/>
        <source>{file}: OK</source>
        <translation>{file}&#xa0;: OK</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{file}: OK (%Ln warning(s))</source>
        <translation>
            <numerusform>{file}&#xa0;: OK (%Ln&#xa0;avertissement)</numerusform>
            <numerusform>{file}&#xa0;: OK (%Ln&#xa0;avertissements)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{file}: %Ln error(s)</source>
        <translation>
            <numerusform>{file}&#xa0;: %Ln&#xa0;erreur</numerusform>
            <numerusform>{file}&#xa0;: %Ln&#xa0;erreurs</numerusform>
        </translation>
    </message>
</context>
</TS>
