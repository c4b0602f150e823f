<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Press::App</name>
    <message>
        <source>Try &apos;pressdesk-cli --help&apos;.</source>
        <translation>Справка: pressdesk-cli --help.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs more arguments.</source>
        <translation>Команде «%1» не хватает аргументов.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; got unexpected arguments: %2</source>
        <translation>Команда «%1» получила лишние аргументы: %2</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use ru or en.</source>
        <translation>Неизвестный язык «%1»: укажите ru или en.</translation>
    </message>
    <message>
        <source>Fill the new archive with the bilingual demo content.</source>
        <translation>Заполнить новый архив двуязычными демонстрационными материалами.</translation>
    </message>
    <message>
        <source>Created archive %1 with %2 demo items and %3 photos.</source>
        <translation>Создан архив %1: демонстрационных материалов — %2, фотографий — %3.</translation>
    </message>
    <message>
        <source>Created empty archive %1.</source>
        <translation>Создан пустой архив %1.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>Item id or UUID.</source>
        <translation>Номер или UUID материала.</translation>
    </message>
    <message>
        <source>Item %1 (%2)</source>
        <translation>Материал %1 (%2)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Рубрика: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Source language: %1</source>
        <translation>Язык оригинала: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Теги: %1</translation>
    </message>
    <message>
        <source>Photo %1: %2 (%3×%4)</source>
        <translation>Фото %1: %2 (%3×%4)</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Автор: %1</translation>
    </message>
    <message>
        <source>Only this language (ru or en).</source>
        <translation>Только этот язык (ru или en).</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>The translated language (ru or en).</source>
        <translation>Язык перевода (ru или en).</translation>
    </message>
    <message>
        <source>&apos;mark-done&apos; needs --lang ru or --lang en.</source>
        <translation>Команде «mark-done» нужен параметр --lang ru или --lang en.</translation>
    </message>
    <message>
        <source>Marked the %1 translation of item %2 as done.</source>
        <translation>Перевод материала %2 (%1) отмечен как готовый.</translation>
    </message>
    <message>
        <source>Do not re-hash media files (sizes are still checked).</source>
        <translation>Не пересчитывать хеши медиафайлов (размеры проверяются).</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>Archive %1 is consistent.</source>
        <translation>Архив %1 в порядке.</translation>
    </message>
    <message numerus="yes">
        <source>The archive has %n problem(s).</source>
        <translation>
            <numerusform>В архиве %n проблема.</numerusform>
            <numerusform>В архиве %n проблемы.</numerusform>
            <numerusform>В архиве %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the copy (new or empty).</source>
        <translation>Папка для копии (новая или пустая).</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Резервная копия записана в %1.</translation>
    </message>
    <message>
        <source>archive.json or the folder holding it.</source>
        <translation>Файл archive.json или папка с ним.</translation>
    </message>
    <message>
        <source>Imported %1 items (%2 already present), %3 photos (%4 already present), %5 entities.</source>
        <translation>Импортировано материалов: %1 (уже были: %2), фотографий: %3 (уже были: %4), тегов: %5.</translation>
    </message>
    <message>
        <source>Folder to write (new or empty).</source>
        <translation>Папка для записи (новая или пустая).</translation>
    </message>
    <message>
        <source>Exported %1 items, %2 photos and %3 entities to %4.</source>
        <translation>Экспортировано в %4: материалов — %1, фотографий — %2, тегов — %3.</translation>
    </message>
    <message>
        <source>Create an archive (with --demo: the demo content).</source>
        <translation>Создать архив (с --demo — с демонстрационными материалами).</translation>
    </message>
    <message>
        <source>List the items.</source>
        <translation>Список материалов.</translation>
    </message>
    <message>
        <source>Show one item in both languages.</source>
        <translation>Показать материал на обоих языках.</translation>
    </message>
    <message>
        <source>List the saved revisions of an item&apos;s texts.</source>
        <translation>Список сохранённых версий текстов материала.</translation>
    </message>
    <message>
        <source>Mark a translation as done for the current source text.</source>
        <translation>Отметить перевод как готовый для текущего текста оригинала.</translation>
    </message>
    <message>
        <source>Check the archive&apos;s integrity and invariants.</source>
        <translation>Проверить целостность и согласованность архива.</translation>
    </message>
    <message>
        <source>Make a consistent copy of the archive.</source>
        <translation>Сделать согласованную копию архива.</translation>
    </message>
    <message>
        <source>Import a JSON archive (creates the archive if needed).</source>
        <translation>Импортировать архив JSON (при необходимости создаёт архив).</translation>
    </message>
    <message>
        <source>Export the whole archive as JSON + media.</source>
        <translation>Экспортировать весь архив в JSON с медиафайлами.</translation>
    </message>
    <message>
        <source>Usage: pressdesk-cli [--archive DIR] COMMAND [OPTIONS]</source>
        <translation>Использование: pressdesk-cli [--archive ПАПКА] КОМАНДА [ПАРАМЕТРЫ]</translation>
    </message>
    <message>
        <source>PressDesk archive tool. The archive is DIR, else $PRESSDESK_ARCHIVE, else %1.</source>
        <translation>Работа с архивом PressDesk. Архив — ПАПКА, иначе $PRESSDESK_ARCHIVE, иначе %1.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 error, 2 usage error.</source>
        <translation>Код возврата: 0 — успех, 1 — ошибка, 2 — неверный вызов.</translation>
    </message>
    <message>
        <source>The archive folder.</source>
        <translation>Папка архива.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Не указана команда.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>Недопустимый запрос.</translation>
    </message>
    <message>
        <source>It was not found.</source>
        <translation>Не найдено.</translation>
    </message>
    <message>
        <source>It already exists.</source>
        <translation>Уже существует.</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>Не удалось прочитать или записать файл.</translation>
    </message>
    <message>
        <source>This is not a PressDesk archive.</source>
        <translation>Это не архив PressDesk.</translation>
    </message>
    <message>
        <source>The archive file is damaged. Nothing was changed; restore it from a backup or open another archive.</source>
        <translation>Файл архива повреждён. Ничего не изменено; восстановите его из резервной копии или откройте другой архив.</translation>
    </message>
    <message>
        <source>The archive was made by a newer version of PressDesk. Update PressDesk to open it.</source>
        <translation>Архив создан более новой версией PressDesk. Обновите PressDesk, чтобы открыть его.</translation>
    </message>
    <message>
        <source>The archive is busy: another program is writing to it. Try again in a moment.</source>
        <translation>Архив занят: в него пишет другая программа. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The archive is read-only, so this change cannot be saved.</source>
        <translation>Архив доступен только для чтения, поэтому изменение нельзя сохранить.</translation>
    </message>
    <message>
        <source>The archive database reported an error.</source>
        <translation>База данных архива сообщила об ошибке.</translation>
    </message>
    <message>
        <source>The file is not in the expected format.</source>
        <translation>Файл имеет неожиданный формат.</translation>
    </message>
    <message>
        <source>This format is not supported.</source>
        <translation>Этот формат не поддерживается.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Someone else changed this item since you opened it.</source>
        <translation>Кто-то другой изменил этот материал, пока он был открыт у вас.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Что-то пошло не так.</translation>
    </message>
    <message>
        <source>News</source>
        <comment>section</comment>
        <translation>Новость</translation>
    </message>
    <message>
        <source>Statement</source>
        <comment>section</comment>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Interview</source>
        <comment>section</comment>
        <translation>Интервью</translation>
    </message>
    <message>
        <source>Announcement</source>
        <comment>section</comment>
        <translation>Анонс</translation>
    </message>
    <message>
        <source>Speech</source>
        <comment>section</comment>
        <translation>Выступление</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>section</comment>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>item status</comment>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>In review</source>
        <comment>item status</comment>
        <translation>На согласовании</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>item status</comment>
        <translation>Готов</translation>
    </message>
    <message>
        <source>Published</source>
        <comment>item status</comment>
        <translation>Опубликован</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>item status</comment>
        <translation>Снят</translation>
    </message>
    <message>
        <source>Missing</source>
        <comment>translation state</comment>
        <translation>Нет</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>translation state</comment>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>translation state</comment>
        <translation>Готов</translation>
    </message>
    <message>
        <source>Outdated</source>
        <comment>translation state</comment>
        <translation>Устарел</translation>
    </message>
    <message>
        <source>Original</source>
        <comment>translation state</comment>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Персона</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>Запрос пуст.</translation>
    </message>
    <message>
        <source>The query (several words are joined).</source>
        <translation>Запрос (несколько слов объединяются).</translation>
    </message>
    <message>
        <source>rank (best match first) or date (newest first).</source>
        <translation>rank (сначала лучшие совпадения) или date (сначала новые).</translation>
    </message>
    <message>
        <source>How many hits to show (default 20).</source>
        <translation>Сколько результатов показать (по умолчанию 20).</translation>
    </message>
    <message>
        <source>How many hits to skip.</source>
        <translation>Сколько результатов пропустить.</translation>
    </message>
    <message>
        <source>Unknown sort order &apos;%1&apos;: use rank or date.</source>
        <translation>Неизвестный порядок сортировки «%1»: используйте rank или date.</translation>
    </message>
    <message>
        <source>--limit and --offset take a number of 0 or more.</source>
        <translation>--limit и --offset принимают число не меньше 0.</translation>
    </message>
    <message>
        <source>No tag matches “%1”.</source>
        <translation>Нет тега, соответствующего «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) found.</source>
        <translation>
            <numerusform>Найден %n материал.</numerusform>
            <numerusform>Найдено %n материала.</numerusform>
            <numerusform>Найдено %n материалов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing: %1 of %2 items (%3%)</source>
        <translation>Индексация: %1 из %2 материалов (%3%)</translation>
    </message>
    <message numerus="yes">
        <source>Indexed %n item(s).</source>
        <translation>
            <numerusform>Проиндексирован %n материал.</numerusform>
            <numerusform>Проиндексировано %n материала.</numerusform>
            <numerusform>Проиндексировано %n материалов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the saved search.</source>
        <translation>Название сохранённого поиска.</translation>
    </message>
    <message>
        <source>The query.</source>
        <translation>Запрос.</translation>
    </message>
    <message>
        <source>Saved search “%1”.</source>
        <translation>Поиск «%1» сохранён.</translation>
    </message>
    <message>
        <source>Search the archive (see docs/search.md; -- before a query that starts with -).</source>
        <translation>Искать в архиве (см. docs/search.md; -- перед запросом, начинающимся с -).</translation>
    </message>
    <message>
        <source>Rebuild the full-text search index.</source>
        <translation>Перестроить полнотекстовый поисковый индекс.</translation>
    </message>
    <message>
        <source>List the saved searches.</source>
        <translation>Показать сохранённые поиски.</translation>
    </message>
    <message>
        <source>Save a query under a name (replaces one of the same name).</source>
        <translation>Сохранить запрос под названием (заменяет поиск с тем же названием).</translation>
    </message>
    <message>
        <source>Delete a saved search.</source>
        <translation>Удалить сохранённый поиск.</translation>
    </message>
    <message>
        <source>(at character %1)</source>
        <translation>(символ %1)</translation>
    </message>
    <message>
        <source>The query is too long: at most %1 characters.</source>
        <translation>Запрос слишком длинный: не более %1 символов.</translation>
    </message>
    <message>
        <source>The query has too many words: at most %1.</source>
        <translation>В запросе слишком много слов: не более %1.</translation>
    </message>
    <message>
        <source>This closing parenthesis has no opening one.</source>
        <translation>У этой закрывающей скобки нет открывающей.</translation>
    </message>
    <message>
        <source>The filter %1: needs a value, for example date:2018-06 or tag:ОДКБ.</source>
        <translation>Фильтру %1: нужно значение, например date:2018-06 или tag:ОДКБ.</translation>
    </message>
    <message>
        <source>The filter %1: accepts %2.</source>
        <translation>Фильтр %1: принимает %2.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write 2018, 2018-06, 2018-06-09, 9.06.2018 or a range such as 2018-01..2018-12.</source>
        <translation>«%1» — не дата. Пишите 2018, 2018-06, 2018-06-09, 9.06.2018 или диапазон, например 2018-01..2018-12.</translation>
    </message>
    <message>
        <source>The date range %1 ends before it starts.</source>
        <translation>Диапазон дат %1 заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>The filter %1 applies to the whole query: write it outside parentheses and OR.</source>
        <translation>Фильтр %1 относится ко всему запросу: пишите его вне скобок и OR.</translation>
    </message>
    <message>
        <source>An exclusion (-word) cannot be one side of OR.</source>
        <translation>Исключение (-слово) не может быть частью OR.</translation>
    </message>
    <message>
        <source>Parentheses that only exclude words need something to search for.</source>
        <translation>В скобках, где слова только исключаются, нужно и что-то искомое.</translation>
    </message>
    <message>
        <source>lang: cannot be excluded; name the language you want (lang:ru or lang:en).</source>
        <translation>lang: нельзя исключить; укажите нужный язык (lang:ru или lang:en).</translation>
    </message>
    <message>
        <source>Words: all must occur, in any form (встреча finds встречи, meeting finds meetings).
&quot;a phrase&quot;: the words in this order.   prefix*: words starting with prefix.
-word: without this word.   a OR b: either (OR binds before the spaces).   ( ): grouping.
Filters: date:2018  date:2018-06  date:2018-06-09  date:2018-01..2018-12  section:news  status:published  tag:ШОС  place:Циндао  lang:ru  has:photo  missing:en  outdated:ru  (-filter excludes).
Filters alone list all matching items, newest first.</source>
        <translation>Слова: должны встретиться все, в любой форме (встреча найдёт встречи, meeting найдёт meetings).
&quot;фраза&quot;: слова в этом порядке.   начало*: слова, начинающиеся так.
-слово: без этого слова.   a OR b (или a ИЛИ b): любое из двух (OR связывает сильнее пробела).   ( ): группировка.
Фильтры: дата:2018  date:2018-06  date:2018-06-09  date:9.06.2018  date:2018-01..2018-12  раздел:интервью  section:news  status:published  тег:ШОС  место:Циндао  lang:ru  has:photo  missing:en  outdated:ru  (-фильтр исключает).
Одни фильтры без слов показывают все подходящие материалы, сначала новые.</translation>
    </message>
    <message>
        <source>A photo file.</source>
        <translation>Файл фотографии.</translation>
    </message>
    <message>
        <source>Show a photo&apos;s metadata: date, camera, GPS, captions, credit, keywords.</source>
        <translation>Показать метаданные фотографии: дату, камеру, GPS, подписи, автора, ключевые слова.</translation>
    </message>
    <message>
        <source>Photo files or folders (walked recursively).</source>
        <translation>Файлы фотографий или папки (обходятся со всеми вложенными).</translation>
    </message>
    <message>
        <source>Attach the photos to this item (id or UUID).</source>
        <translation>Прикрепить фотографии к этому материалу (номер или UUID).</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 files</source>
        <translation>Импорт: %1 из %2 файлов</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) attached to item %1.</source>
        <translation>
            <numerusform>К материалу %1 прикреплена %n фотография.</numerusform>
            <numerusform>К материалу %1 прикреплены %n фотографии.</numerusform>
            <numerusform>К материалу %1 прикреплено %n фотографий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used by %n item(s)</source>
        <translation>
            <numerusform>используется в %n материале</numerusform>
            <numerusform>используется в %n материалах</numerusform>
            <numerusform>используется в %n материалах</numerusform>
        </translation>
    </message>
    <message>
        <source>A photo id.</source>
        <translation>Номер фотографии.</translation>
    </message>
    <message>
        <source>The Russian caption.</source>
        <translation>Подпись на русском.</translation>
    </message>
    <message>
        <source>The English caption.</source>
        <translation>Подпись на английском.</translation>
    </message>
    <message>
        <source>The credit line.</source>
        <translation>Автор снимка.</translation>
    </message>
    <message>
        <source>Photo %1 saved.</source>
        <translation>Фотография %1 сохранена.</translation>
    </message>
    <message>
        <source>An item id or UUID.</source>
        <translation>Номер или UUID материала.</translation>
    </message>
    <message>
        <source>Photo ids in the order to show them.</source>
        <translation>Номера фотографий в нужном порядке.</translation>
    </message>
    <message>
        <source>The cover photo (default: the first).</source>
        <translation>Главная фотография (по умолчанию первая).</translation>
    </message>
    <message>
        <source>Photo %1 is listed twice.</source>
        <translation>Фотография %1 указана дважды.</translation>
    </message>
    <message>
        <source>The cover must be one of the item&apos;s photos.</source>
        <translation>Главной может быть только одна из фотографий материала.</translation>
    </message>
    <message numerus="yes">
        <source>Item %1 now has %n photo(s).</source>
        <translation>
            <numerusform>В материале %1 теперь %n фотография.</numerusform>
            <numerusform>В материале %1 теперь %n фотографии.</numerusform>
            <numerusform>В материале %1 теперь %n фотографий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make every thumbnail again, not only missing ones.</source>
        <translation>Сделать заново все миниатюры, а не только недостающие.</translation>
    </message>
    <message>
        <source>Thumbnails: %1 of %2</source>
        <translation>Миниатюры: %1 из %2</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Фотография %1</translation>
    </message>
    <message numerus="yes">
        <source>%n thumbnail(s) made</source>
        <translation>
            <numerusform>сделана %n миниатюра</numerusform>
            <numerusform>сделаны %n миниатюры</numerusform>
            <numerusform>сделано %n миниатюр</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n уже была</numerusform>
            <numerusform>%n уже были</numerusform>
            <numerusform>%n уже были</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n не удалась</numerusform>
            <numerusform>%n не удались</numerusform>
            <numerusform>%n не удались</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest side in pixels (default %1).</source>
        <translation>Длинная сторона в пикселях (по умолчанию %1).</translation>
    </message>
    <message>
        <source>JPEG quality 1–100 (default %1).</source>
        <translation>Качество JPEG 1–100 (по умолчанию %1).</translation>
    </message>
    <message>
        <source>The size must be 64–16384 pixels and the quality 1–100.</source>
        <translation>Размер должен быть от 64 до 16384 пикселей, качество — от 1 до 100.</translation>
    </message>
    <message>
        <source>Import photo files and folders (recursively); with --item, attach them.</source>
        <translation>Импортировать фотографии из файлов и папок (со вложенными); с --item — прикрепить их к материалу.</translation>
    </message>
    <message>
        <source>List the photo library with captions and usage.</source>
        <translation>Показать фотобиблиотеку с подписями и использованием.</translation>
    </message>
    <message>
        <source>Show one photo: captions, credit, metadata, the items that use it.</source>
        <translation>Показать фотографию: подписи, автора, метаданные, материалы, где она используется.</translation>
    </message>
    <message>
        <source>Change a photo&apos;s captions or credit.</source>
        <translation>Изменить подписи или автора фотографии.</translation>
    </message>
    <message>
        <source>Set an item&apos;s photos in order (none: remove all).</source>
        <translation>Задать фотографии материала по порядку (без номеров — убрать все).</translation>
    </message>
    <message>
        <source>Make missing thumbnails (with --rebuild: all of them).</source>
        <translation>Сделать недостающие миниатюры (с --rebuild — все).</translation>
    </message>
    <message>
        <source>Make (or find) a photo&apos;s web rendition: resized, without GPS and serial numbers.</source>
        <translation>Сделать (или найти) веб-версию фотографии: уменьшенную, без GPS и серийных номеров.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Файла не существует.</translation>
    </message>
    <message>
        <source>The file cannot be read: there is no permission to read it, or the disk reported an error.</source>
        <translation>Файл не удаётся прочитать: нет прав на чтение или диск сообщил об ошибке.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Файл пустой (0 байт).</translation>
    </message>
    <message>
        <source>This is not a photo: the file&apos;s content is not an image.</source>
        <translation>Это не фотография: содержимое файла — не изображение.</translation>
    </message>
    <message>
        <source>%1 images cannot be imported yet. Save the photo as JPEG (for example with the phone&apos;s &quot;Most compatible&quot; setting) and import that.</source>
        <translation>Изображения %1 пока нельзя импортировать. Сохраните снимок в JPEG (например, включив в телефоне режим «Наиболее совместимый») и импортируйте его.</translation>
    </message>
    <message>
        <source>The photo is damaged or incomplete (for example an interrupted copy or download).</source>
        <translation>Фотография повреждена или неполная (например, копирование или загрузка прервались).</translation>
    </message>
    <message>
        <source>The image has too many pixels for PressDesk to process safely.</source>
        <translation>В изображении слишком много пикселей, чтобы PressDesk мог безопасно его обработать.</translation>
    </message>
    <message>
        <source>The photo could not be saved in the archive&apos;s media folder.</source>
        <translation>Не удалось сохранить фотографию в папку медиафайлов архива.</translation>
    </message>
    <message>
        <source>%1: imported as photo %2</source>
        <translation>%1: импортирована как фотография %2</translation>
    </message>
    <message>
        <source>%1: already in the library as photo %2</source>
        <translation>%1: уже в библиотеке как фотография %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) imported</source>
        <translation>
            <numerusform>импортирована %n фотография</numerusform>
            <numerusform>импортированы %n фотографии</numerusform>
            <numerusform>импортировано %n фотографий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n уже в библиотеке</numerusform>
            <numerusform>%n уже в библиотеке</numerusform>
            <numerusform>%n уже в библиотеке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported</source>
        <translation>
            <numerusform>%n не импортирована</numerusform>
            <numerusform>%n не импортированы</numerusform>
            <numerusform>%n не импортированы</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>Unknown section &apos;%1&apos;: use %2.</source>
        <translation>Неизвестная рубрика «%1»: используйте %2.</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;: use %2.</source>
        <translation>Неизвестный статус «%1»: используйте %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write YYYY-MM-DD.</source>
        <translation>«%1» — не дата; пишите ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Section: %1.</source>
        <translation>Рубрика: %1.</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Статус: %1.</translation>
    </message>
    <message>
        <source>Event date, YYYY-MM-DD.</source>
        <translation>Дата события, ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>The language it is written in (ru or en).</source>
        <translation>Язык оригинала (ru или en).</translation>
    </message>
    <message>
        <source>The language the text options below change.</source>
        <translation>Язык, текст которого меняют параметры ниже.</translation>
    </message>
    <message>
        <source>The title.</source>
        <translation>Заголовок.</translation>
    </message>
    <message>
        <source>The lead.</source>
        <translation>Лид.</translation>
    </message>
    <message>
        <source>The place.</source>
        <translation>Место.</translation>
    </message>
    <message>
        <source>The body as Markdown from FILE (- for standard input).</source>
        <translation>Текст в Markdown из ФАЙЛА (- — стандартный ввод).</translation>
    </message>
    <message>
        <source>The body as HTML from FILE (cleaned like a paste from Word).</source>
        <translation>Текст в HTML из ФАЙЛА (очищается, как вставка из Word).</translation>
    </message>
    <message>
        <source>Text options need --lang ru or --lang en.</source>
        <translation>Параметрам текста нужен --lang ru или --lang en.</translation>
    </message>
    <message>
        <source>Item %1 saved (version %2).</source>
        <translation>Материал %1 сохранён (версия %2).</translation>
    </message>
    <message>
        <source>Item %1 deleted.</source>
        <translation>Материал %1 удалён.</translation>
    </message>
    <message>
        <source>Delete the draft of this item.</source>
        <translation>Удалить черновик этого материала.</translation>
    </message>
    <message>
        <source>Create an empty item; prints its id.</source>
        <translation>Создать пустой материал; выводит его номер.</translation>
    </message>
    <message>
        <source>Change an item (a revision is kept for each changed language).</source>
        <translation>Изменить материал (для каждого изменённого языка сохраняется версия).</translation>
    </message>
    <message>
        <source>Delete an item with its texts and revisions.</source>
        <translation>Удалить материал с текстами и версиями.</translation>
    </message>
    <message>
        <source>List the editor&apos;s unsaved drafts (or discard one).</source>
        <translation>Показать несохранённые черновики редактора (или удалить один).</translation>
    </message>
    <message>
        <source>&apos;source-changes&apos; needs --lang ru or --lang en.</source>
        <translation>Команде «source-changes» нужен --lang ru или --lang en.</translation>
    </message>
    <message>
        <source>The revision to bring back (see &apos;history&apos;).</source>
        <translation>Версия, которую вернуть (см. «history»).</translation>
    </message>
    <message>
        <source>&apos;restore&apos; needs --revision and a revision id.</source>
        <translation>Команде «restore» нужен --revision с номером версии.</translation>
    </message>
    <message>
        <source>Item %1: revision %2 restored.</source>
        <translation>Материал %1: версия %2 восстановлена.</translation>
    </message>
    <message>
        <source>What changed in the source since this translation was marked done.</source>
        <translation>Что изменилось в оригинале с тех пор, как перевод отмечен готовым.</translation>
    </message>
    <message>
        <source>Bring back one language&apos;s text as it was in a revision.</source>
        <translation>Вернуть текст одного языка таким, каким он был в версии.</translation>
    </message>
    <message>
        <source>Items to export (or --query).</source>
        <translation>Материалы для экспорта (или --query).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Файл PDF, который нужно записать.</translation>
    </message>
    <message>
        <source>Export every item this search finds, as a digest.</source>
        <translation>Экспортировать все материалы, найденные этим поиском, в виде подборки.</translation>
    </message>
    <message>
        <source>ru, en, or both side by side (default).</source>
        <translation>ru, en или both — оба языка рядом (по умолчанию).</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (по умолчанию) или letter.</translation>
    </message>
    <message>
        <source>The digest&apos;s title.</source>
        <translation>Заголовок подборки.</translation>
    </message>
    <message>
        <source>Make a digest (title page, contents) even of one item.</source>
        <translation>Сделать подборку (титульный лист, содержание) даже из одного материала.</translation>
    </message>
    <message>
        <source>In a digest, let items follow one another instead of starting each on a new page.</source>
        <translation>В подборке помещать материалы друг за другом, а не каждый с новой страницы.</translation>
    </message>
    <message>
        <source>Resolution of the photos in the PDF (default 150; 300 for print shops).</source>
        <translation>Разрешение фотографий в PDF (по умолчанию 150; 300 для типографии).</translation>
    </message>
    <message>
        <source>Name the PDF file to write with -o FILE.pdf.</source>
        <translation>Укажите файл PDF для записи: -o ФАЙЛ.pdf.</translation>
    </message>
    <message>
        <source>Give either item ids or --query, not both or neither.</source>
        <translation>Укажите либо номера материалов, либо --query (что-то одно).</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use ru, en or both.</source>
        <translation>Неизвестный язык «%1»: используйте ru, en или both.</translation>
    </message>
    <message>
        <source>Unknown paper size &apos;%1&apos;: use a4 or letter.</source>
        <translation>Неизвестный формат бумаги «%1»: используйте a4 или letter.</translation>
    </message>
    <message>
        <source>The photo resolution must be between 72 and 600 dpi.</source>
        <translation>Разрешение фотографий должно быть от 72 до 600 dpi.</translation>
    </message>
    <message>
        <source>The search found no items; nothing to export.</source>
        <translation>Поиск ничего не нашёл; экспортировать нечего.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s)</source>
        <translation>
            <numerusform>Записан %1: %n страница</numerusform>
            <numerusform>Записан %1: %n страницы</numerusform>
            <numerusform>Записан %1: %n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n материал.</numerusform>
            <numerusform>%n материала.</numerusform>
            <numerusform>%n материалов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation&apos;s name in Russian.</source>
        <translation>Название организации на русском языке.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name in English.</source>
        <translation>Название организации на английском языке.</translation>
    </message>
    <message>
        <source>A PNG or JPEG logo for PDF headers.</source>
        <translation>Логотип PNG или JPEG для шапки PDF.</translation>
    </message>
    <message>
        <source>Go back to the logo that ships with PressDesk.</source>
        <translation>Вернуть логотип, поставляемый с PressDesk.</translation>
    </message>
    <message numerus="yes">
        <source>custom, %n byte(s)</source>
        <translation>
            <numerusform>свой, %n байт</numerusform>
            <numerusform>свой, %n байта</numerusform>
            <numerusform>свой, %n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>Export items to PDF: one item, or a digest with title page and contents.</source>
        <translation>Экспорт в PDF: один материал или подборка с титульным листом и содержанием.</translation>
    </message>
    <message>
        <source>Show or set the organisation name and logo printed on PDFs.</source>
        <translation>Показать или задать название организации и логотип для PDF.</translation>
    </message>
    <message>
        <source>A photo&apos;s file is missing from the archive&apos;s media folder. Run Check Archive, or import the photo again.</source>
        <translation>Файл фотографии отсутствует в папке media архива. Запустите проверку архива или импортируйте фотографию заново.</translation>
    </message>
    <message>
        <source>A short name for the target.</source>
        <translation>Краткое имя адресата публикации.</translation>
    </message>
    <message>
        <source>The website&apos;s address.</source>
        <translation>Адрес сайта.</translation>
    </message>
    <message>
        <source>The WordPress user.</source>
        <translation>Пользователь WordPress.</translation>
    </message>
    <message>
        <source>The language this target publishes: ru or en.</source>
        <translation>Язык, на котором публикует этот адресат: ru или en.</translation>
    </message>
    <message>
        <source>A category every post gets (one site, a category per language).</source>
        <translation>Рубрика для всех записей (один сайт, своя рубрика для каждого языка).</translation>
    </message>
    <message>
        <source>Environment variable holding the Application Password.</source>
        <translation>Переменная окружения с паролем приложения.</translation>
    </message>
    <message>
        <source>File (mode 0600) holding the Application Password.</source>
        <translation>Файл (права 0600) с паролем приложения.</translation>
    </message>
    <message>
        <source>SHA-256 of a certificate to trust although it cannot be verified.</source>
        <translation>SHA-256 сертификата, которому доверять, хотя его нельзя проверить.</translation>
    </message>
    <message>
        <source>A target needs --url, --user and --lang.</source>
        <translation>Для адресата нужны --url, --user и --lang.</translation>
    </message>
    <message>
        <source>Added target %1 (%2).</source>
        <translation>Добавлен адресат %1 (%2).</translation>
    </message>
    <message>
        <source>The target.</source>
        <translation>Адресат.</translation>
    </message>
    <message>
        <source>%1: connected as %2; may upload photos and publish posts.</source>
        <translation>%1: вход выполнен как %2; можно загружать фотографии и публиковать записи.</translation>
    </message>
    <message>
        <source>job %1 (item %2) failed: %3</source>
        <translation>задание %1 (материал %2) не выполнено: %3</translation>
    </message>
    <message>
        <source>job %1 (item %2) will be tried again at %3: %4</source>
        <translation>задание %1 (материал %2) будет повторено в %3: %4</translation>
    </message>
    <message>
        <source>The item.</source>
        <translation>Материал.</translation>
    </message>
    <message>
        <source>ru, en or both (default): which languages&apos; targets.</source>
        <translation>ru, en или both (по умолчанию): адресаты каких языков.</translation>
    </message>
    <message>
        <source>Only this target (repeatable).</source>
        <translation>Только этот адресат (можно повторять).</translation>
    </message>
    <message>
        <source>publish (default), draft or future.</source>
        <translation>publish (по умолчанию), draft или future.</translation>
    </message>
    <message>
        <source>For --status future: when, as YYYY-MM-DDTHH:MM (local time).</source>
        <translation>Для --status future: когда, в виде ГГГГ-ММ-ДДTЧЧ:ММ (местное время).</translation>
    </message>
    <message>
        <source>Update even if the post was changed on the website.</source>
        <translation>Обновить, даже если запись изменили на сайте.</translation>
    </message>
    <message>
        <source>Take the post back to draft on the website.</source>
        <translation>Вернуть запись на сайте в черновики.</translation>
    </message>
    <message>
        <source>Move the post to the website&apos;s trash.</source>
        <translation>Переместить запись на сайте в корзину.</translation>
    </message>
    <message>
        <source>Only queue the jobs; &apos;queue run&apos; sends them.</source>
        <translation>Только поставить задания в очередь; отправит их «queue run».</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;: use publish, draft or future.</source>
        <translation>Неизвестный статус «%1»: используйте publish, draft или future.</translation>
    </message>
    <message>
        <source>--status future needs --at YYYY-MM-DDTHH:MM.</source>
        <translation>Для --status future нужен --at ГГГГ-ММ-ДДTЧЧ:ММ.</translation>
    </message>
    <message>
        <source>No publishing target matches; add one with &apos;add-target&apos;.</source>
        <translation>Нет подходящего адресата публикации; добавьте его командой «add-target».</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s).</source>
        <translation>
            <numerusform>В очередь поставлено %n задание.</numerusform>
            <numerusform>В очередь поставлено %n задания.</numerusform>
            <numerusform>В очередь поставлено %n заданий.</numerusform>
        </translation>
    </message>
    <message>
        <source>run, retry JOB or cancel JOB; nothing: list.</source>
        <translation>run, retry ЗАДАНИЕ или cancel ЗАДАНИЕ; без аргумента — список.</translation>
    </message>
    <message>
        <source>With run: also wait for jobs retrying later.</source>
        <translation>С run: ждать и задания, которые будут повторены позже.</translation>
    </message>
    <message>
        <source>List finished jobs too.</source>
        <translation>Показывать и завершённые задания.</translation>
    </message>
    <message>
        <source>Name the job: queue %1 JOB.</source>
        <translation>Укажите задание: queue %1 ЗАДАНИЕ.</translation>
    </message>
    <message>
        <source>Unknown queue action &apos;%1&apos;: use run, retry or cancel.</source>
        <translation>Неизвестное действие «%1»: используйте run, retry или cancel.</translation>
    </message>
    <message>
        <source>List the publishing targets (websites).</source>
        <translation>Список адресатов публикации (сайтов).</translation>
    </message>
    <message>
        <source>Add a website to publish one language to.</source>
        <translation>Добавить сайт для публикации на одном языке.</translation>
    </message>
    <message>
        <source>Remove a publishing target.</source>
        <translation>Удалить адресата публикации.</translation>
    </message>
    <message>
        <source>Check a target&apos;s address, credentials and permissions.</source>
        <translation>Проверить адрес, учётные данные и права адресата.</translation>
    </message>
    <message>
        <source>Publish an item (photos first, then the post) and print its posts.</source>
        <translation>Опубликовать материал (сначала фотографии, затем запись) и вывести его записи.</translation>
    </message>
    <message>
        <source>Show or drive the publishing outbox.</source>
        <translation>Показать очередь публикации или запустить её.</translation>
    </message>
    <message>
        <source>The website could not be reached or had a problem of its own. PressDesk will try again.</source>
        <translation>Сайт недоступен или у него собственная неполадка. PressDesk попробует ещё раз.</translation>
    </message>
    <message>
        <source>The website refused the user name or Application Password, or this user may not do this.</source>
        <translation>Сайт не принял имя пользователя или пароль приложения, либо этому пользователю это не разрешено.</translation>
    </message>
    <message>
        <source>The website refused the request.</source>
        <translation>Сайт отклонил запрос.</translation>
    </message>
    <message>
        <source>The target to read posts from.</source>
        <translation>Адресат, с которого читать публикации.</translation>
    </message>
    <message>
        <source>Only posts changed after this date (YYYY-MM-DD or YYYY-MM-DDTHH:MM).</source>
        <translation>Только публикации, изменённые после этой даты (ГГГГ-ММ-ДД или ГГГГ-ММ-ДДTЧЧ:ММ).</translation>
    </message>
    <message>
        <source>Only this post (the site&apos;s id; repeatable).</source>
        <translation>Только эта публикация (номер на сайте; можно повторять).</translation>
    </message>
    <message>
        <source>Name the target: pull --target NAME.</source>
        <translation>Укажите адресат: pull --target ИМЯ.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM.</source>
        <translation>«%1» — не дата: используйте ГГГГ-ММ-ДД или ГГГГ-ММ-ДДTЧЧ:ММ.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a post id.</source>
        <translation>«%1» — не номер публикации.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n post(s) on the site</source>
        <translation>
            <numerusform>%1: на сайте %n публикация</numerusform>
            <numerusform>%1: на сайте %n публикации</numerusform>
            <numerusform>%1: на сайте %n публикаций</numerusform>
        </translation>
    </message>
    <message>
        <source>new items: %1, updated: %2, paired with their translation: %3, unchanged: %4, new photos: %5</source>
        <translation>новых материалов: %1, обновлено: %2, соединено с переводом: %3, без изменений: %4, новых фотографий: %5</translation>
    </message>
    <message>
        <source>The item that stays.</source>
        <translation>Материал, который остаётся.</translation>
    </message>
    <message>
        <source>The item holding the other language; it is merged in and deleted.</source>
        <translation>Материал с текстом на другом языке; он присоединяется и удаляется.</translation>
    </message>
    <message>
        <source>Item %1 now holds both languages; item %2 was merged into it.</source>
        <translation>Материал %1 теперь содержит оба языка; материал %2 присоединён к нему.</translation>
    </message>
    <message>
        <source>Read a website&apos;s posts and their photos into the archive (again: updates).</source>
        <translation>Загрузить публикации сайта и их фотографии в архив (повторно — обновить).</translation>
    </message>
    <message>
        <source>Join two items that hold the two languages of one event.</source>
        <translation>Соединить два материала, содержащие два языка одного события.</translation>
    </message>
    <message>
        <source>Give the Application Password on standard input.</source>
        <translation>Передайте пароль приложения на стандартный ввод.</translation>
    </message>
    <message>
        <source>The password for %1 is in the system keychain.</source>
        <translation>Пароль для %1 сохранён в системной связке ключей.</translation>
    </message>
    <message>
        <source>Keep a target&apos;s Application Password (read from standard input) in the system keychain.</source>
        <translation>Сохранить пароль приложения адресата (со стандартного ввода) в системной связке ключей.</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the password. Keep it in a file that only you can read (mode 0600) or in an environment variable, and name it in the target&apos;s settings.</source>
        <translation>Системная связка ключей для хранения пароля недоступна. Храните пароль в файле, который можете читать только вы (режим 0600), или в переменной окружения и укажите их в настройках адресата.</translation>
    </message>
</context>
<context>
    <name>Press::Ui::DialogService</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.JPG *.JPEG *.PNG);;All files (*)</source>
        <translation>Фотографии (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.JPG *.JPEG *.PNG);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Оставить мою версию</translation>
    </message>
    <message>
        <source>Show Theirs</source>
        <translation>Показать их версию</translation>
    </message>
</context>
<context>
    <name>Press::Ui::ItemEditor</name>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Address (URL):</source>
        <translation>Адрес (URL):</translation>
    </message>
    <message>
        <source>Edited — not saved yet</source>
        <translation>Изменено — ещё не сохранено</translation>
    </message>
    <message>
        <source>Could not autosave: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <source>Autosaved at %1 — not yet saved to the item</source>
        <translation>Черновик сохранён в %1 — в материал ещё не записан</translation>
    </message>
    <message>
        <source>Open Item</source>
        <translation>Открытие материала</translation>
    </message>
    <message>
        <source>Unsaved changes from %1 were restored. Save to keep them, or revert.</source>
        <translation>Восстановлены несохранённые правки от %1. Сохраните их или отмените.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>New Item</source>
        <translation>Новый материал</translation>
    </message>
    <message>
        <source>The Item Was Changed Elsewhere</source>
        <translation>Материал изменён в другом месте</translation>
    </message>
    <message>
        <source>Someone saved this item after you opened it (another window or pressdesk-cli). Keep your text and overwrite theirs, or drop yours and show theirs?</source>
        <translation>Кто-то сохранил этот материал после того, как вы его открыли (другое окно или pressdesk-cli). Оставить ваш текст и записать его поверх или отказаться от него и показать их версию?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>Mark Translation Done</source>
        <translation>Перевод готов</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Рубрика</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Written in</source>
        <translation>Язык оригинала</translation>
    </message>
    <message>
        <source>Save the item (Ctrl+S); typing is autosaved as a draft</source>
        <translation>Сохранить материал (Ctrl+S); набранное автоматически сохраняется как черновик</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Жирный</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Ссылка…</translation>
    </message>
    <message>
        <source>Bulleted List</source>
        <translation>Маркированный список</translation>
    </message>
    <message>
        <source>Numbered List</source>
        <translation>Нумерованный список</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Абзац</translation>
    </message>
    <message>
        <source>What Changed in the Source</source>
        <translation>Что изменилось в оригинале</translation>
    </message>
    <message>
        <source>The %1 text as it is now, against the version the %2 translation was made from (%3): struck-through words were removed, highlighted ones added.</source>
        <translation>Текст (%1) сейчас в сравнении с версией, с которой сделан перевод (%2) (%3): зачёркнутые слова удалены, выделенные — добавлены.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Version of %1 restored into the fields — save to keep it</source>
        <translation>Версия от %1 возвращена в поля — сохраните, чтобы оставить её</translation>
    </message>
    <message>
        <source>What Changed in the Source…</source>
        <translation>Что изменилось в оригинале…</translation>
    </message>
    <message>
        <source>No tag is called “%1”. Use New Tag… to add it.</source>
        <translation>Тега «%1» нет. Добавьте его кнопкой «Новый тег…».</translation>
    </message>
    <message>
        <source>Several tags match “%1”; choose one from the list.</source>
        <translation>«%1» подходит к нескольким тегам; выберите один из списка.</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Новый тег</translation>
    </message>
    <message>
        <source>Name in Russian:</source>
        <translation>Название по-русски:</translation>
    </message>
    <message>
        <source>Name in English:</source>
        <translation>Название по-английски:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Add a tag: ОДКБ, CSTO, Циндао…</source>
        <translation>Добавить тег: ОДКБ, CSTO, Циндао…</translation>
    </message>
    <message>
        <source>New Tag…</source>
        <translation>Новый тег…</translation>
    </message>
</context>
<context>
    <name>Press::Ui::ItemListPresentation</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Рубрика</translation>
    </message>
    <message>
        <source>Title (Russian)</source>
        <translation>Заголовок (рус.)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Заголовок (англ.)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>RU</source>
        <comment>translation state column, Russian</comment>
        <translation>РУС</translation>
    </message>
    <message>
        <source>EN</source>
        <comment>translation state column, English</comment>
        <translation>АНГЛ</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Found in</source>
        <comment>search results: the snippet column</comment>
        <translation>Найдено в</translation>
    </message>
</context>
<context>
    <name>Press::Ui::ItemPreview</name>
    <message>
        <source>Loading photo…</source>
        <translation>Загрузка фото…</translation>
    </message>
    <message>
        <source>No caption</source>
        <translation>Без подписи</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Фото: %1</translation>
    </message>
    <message>
        <source>No text in this language yet.</source>
        <translation>На этом языке текста пока нет.</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Теги:</translation>
    </message>
    <message>
        <source>published</source>
        <translation>опубликовано</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>в корзине</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>On the website:</source>
        <translation>На сайте:</translation>
    </message>
</context>
<context>
    <name>Press::Ui::MainWindow</name>
    <message>
        <source>About PressDesk</source>
        <translation>О программе PressDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;PressDesk %1&lt;/b&gt;&lt;br&gt;A bilingual archive, editor and publisher for a press office.</source>
        <translation>&lt;b&gt;PressDesk %1&lt;/b&gt;&lt;br&gt;Двуязычный архив, редактор и публикатор для пресс-службы.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Архив</translation>
    </message>
    <message>
        <source>&amp;Open Archive…</source>
        <translation>&amp;Открыть архив…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About PressDesk</source>
        <translation>&amp;О программе PressDesk</translation>
    </message>
    <message>
        <source>No archive is open. Use Archive → Open Archive…</source>
        <translation>Архив не открыт. Выберите «Архив → Открыть архив…»</translation>
    </message>
    <message>
        <source>Cannot list the items</source>
        <translation>Не удалось получить список материалов</translation>
    </message>
    <message>
        <source>PressDesk — %1</source>
        <translation>PressDesk — %1</translation>
    </message>
    <message>
        <source>Select an item to see it in both languages.</source>
        <translation>Выберите материал, чтобы увидеть его на обоих языках.</translation>
    </message>
    <message>
        <source>PressDesk</source>
        <translation>PressDesk</translation>
    </message>
    <message>
        <source>Cannot open the archive %1</source>
        <translation>Не удалось открыть архив %1</translation>
    </message>
    <message>
        <source>Open Archive</source>
        <translation>Открыть архив</translation>
    </message>
    <message>
        <source>Cannot show the item</source>
        <translation>Не удалось показать материал</translation>
    </message>
    <message>
        <source>No archive</source>
        <translation>Архив не открыт</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n материал</numerusform>
            <numerusform>%n материала</numerusform>
            <numerusform>%n материалов</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>только чтение</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation>&amp;Сохранить поиск…</translation>
    </message>
    <message>
        <source>Search &amp;Syntax</source>
        <translation>&amp;Синтаксис поиска</translation>
    </message>
    <message>
        <source>Search: words, &quot;phrases&quot;, prefix*, -exclude, date:2018-06, tag:ШОС …</source>
        <translation>Поиск: слова, &quot;фразы&quot;, начало*, -исключить, дата:2018-06, тег:ШОС …</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Сначала лучшие</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Save this search in the sidebar</source>
        <translation>Сохранить этот поиск на боковой панели</translation>
    </message>
    <message>
        <source>How to write a query</source>
        <translation>Как составить запрос</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) found</source>
        <translation>
            <numerusform>Найден %n материал</numerusform>
            <numerusform>Найдено %n материала</numerusform>
            <numerusform>Найдено %n материалов</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Удалить «%1»</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>No tag matches %1.</source>
        <translation>Нет тега, соответствующего %1.</translation>
    </message>
    <message>
        <source>Nothing found. Check the spelling, or remove a filter.</source>
        <translation>Ничего не найдено. Проверьте написание или уберите фильтр.</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Убрать этот фильтр</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Cannot save the search</source>
        <translation>Не удалось сохранить поиск</translation>
    </message>
    <message>
        <source>Cannot read the saved searches</source>
        <translation>Не удалось прочитать сохранённые поиски</translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation>Удалить сохранённый поиск</translation>
    </message>
    <message>
        <source>Delete the saved search “%1”?</source>
        <translation>Удалить сохранённый поиск «%1»?</translation>
    </message>
    <message>
        <source>Cannot delete the saved search</source>
        <translation>Не удалось удалить сохранённый поиск</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>Синтаксис поиска</translation>
    </message>
    <message>
        <source>Import &amp;Photos…</source>
        <translation>Импорт &amp;фотографий…</translation>
    </message>
    <message>
        <source>Import Photo &amp;Folder…</source>
        <translation>Импорт &amp;папки с фотографиями…</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <source>Import a Folder of Photos</source>
        <translation>Импорт папки с фотографиями</translation>
    </message>
    <message>
        <source>Import Photos</source>
        <translation>Импорт фотографий</translation>
    </message>
    <message>
        <source>These files were not imported; nothing of them was kept:</source>
        <translation>Эти файлы не импортированы; от них ничего не сохранено:</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Материал</translation>
    </message>
    <message>
        <source>&amp;New Item</source>
        <translation>&amp;Новый материал</translation>
    </message>
    <message>
        <source>&amp;Edit Item</source>
        <translation>&amp;Редактировать</translation>
    </message>
    <message>
        <source>&amp;Save Item</source>
        <translation>&amp;Сохранить материал</translation>
    </message>
    <message>
        <source>&amp;Revert to Saved</source>
        <translation>&amp;Вернуть сохранённое</translation>
    </message>
    <message>
        <source>&amp;Mark Translation Done</source>
        <translation>Перевод &amp;готов</translation>
    </message>
    <message>
        <source>&amp;Delete Item…</source>
        <translation>&amp;Удалить материал…</translation>
    </message>
    <message>
        <source>Ne&amp;xt Item</source>
        <translation>&amp;Следующий материал</translation>
    </message>
    <message>
        <source>&amp;Previous Item</source>
        <translation>&amp;Предыдущий материал</translation>
    </message>
    <message>
        <source>Switch &amp;Language Pane</source>
        <translation>Другой &amp;язык</translation>
    </message>
    <message>
        <source>Toggle Editor / &amp;Preview</source>
        <translation>Редактор / &amp;просмотр</translation>
    </message>
    <message>
        <source>Delete Item</source>
        <translation>Удаление материала</translation>
    </message>
    <message>
        <source>Delete “%1” with its texts in both languages and all their saved versions? Its photos stay in the library.</source>
        <translation>Удалить «%1» вместе с текстами на обоих языках и всеми сохранёнными версиями? Фотографии останутся в библиотеке.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>As the System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <source>PDF &amp;Header…</source>
        <translation>&amp;Шапка PDF…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Digest %1</source>
        <translation>Подборка %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>Collecting the items…</source>
        <translation>Сбор материалов…</translation>
    </message>
    <message>
        <source>Collecting the items… %1 of %2</source>
        <translation>Сбор материалов… %1 из %2</translation>
    </message>
    <message>
        <source>Preparing the photos… %1 of %2</source>
        <translation>Подготовка фотографий… %1 из %2</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Вёрстка страниц…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Запись страницы %1 из %2…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Сохранён %1 (%n страница).</numerusform>
            <numerusform>Сохранён %1 (%n страницы).</numerusform>
            <numerusform>Сохранён %1 (%n страниц).</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF export was cancelled; no file was written.</source>
        <translation>Экспорт в PDF отменён; файл не записан.</translation>
    </message>
    <message>
        <source>PDF Header</source>
        <translation>Шапка PDF</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Queued for publishing; the Publishing tab shows its progress.</source>
        <translation>Поставлено в очередь публикации; ход работы — на вкладке «Публикация».</translation>
    </message>
    <message>
        <source>Publishing &amp;Targets…</source>
        <translation>&amp;Адресаты публикации…</translation>
    </message>
    <message>
        <source>&amp;Publish to the Website…</source>
        <translation>&amp;Опубликовать на сайте…</translation>
    </message>
    <message>
        <source>&amp;Join Two Items as One…</source>
        <translation>&amp;Объединить два материала в один…</translation>
    </message>
    <message>
        <source>Select two items that hold the Russian and the English text of one event.</source>
        <translation>Выберите два материала, содержащих русский и английский тексты одного события.</translation>
    </message>
    <message>
        <source>Join Two Items</source>
        <translation>Объединение материалов</translation>
    </message>
    <message>
        <source>Make one item of “%1” and “%2”? The second one&apos;s text, history, photos, tags and website posts move into the first; the second item is then deleted.</source>
        <translation>Объединить «%1» и «%2» в один материал? Текст второго, его история, фотографии, теги и публикации на сайтах переходят в первый; второй материал затем удаляется.</translation>
    </message>
    <message>
        <source>Joined: one item with both languages.</source>
        <translation>Объединено: один материал на двух языках.</translation>
    </message>
</context>
<context>
    <name>Press::Ui::OrganisationDialog</name>
    <message>
        <source>PDF Header</source>
        <translation>Шапка PDF</translation>
    </message>
    <message>
        <source>Choose Logo…</source>
        <translation>Выбрать логотип…</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Выбор логотипа</translation>
    </message>
    <message>
        <source>Default Logo</source>
        <translation>Стандартный логотип</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>Название на &amp;русском:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Название на &amp;английском:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <source>Printed at the top of every page of exported PDFs. Empty names print the defaults shown in grey.</source>
        <translation>Печатается вверху каждой страницы PDF. Если название не задано, печатается то, что показано серым.</translation>
    </message>
</context>
<context>
    <name>Press::Ui::PdfExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>This item: “%1”</source>
        <translation>Этот материал: «%1»</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected item(s), as a digest</source>
        <translation>
            <numerusform>%n выбранный материал, подборкой</numerusform>
            <numerusform>%n выбранных материала, подборкой</numerusform>
            <numerusform>%n выбранных материалов, подборкой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n item(s) found by “%1”, as a digest</source>
        <translation>
            <numerusform>%n материал, найденный по запросу «%1», подборкой</numerusform>
            <numerusform>%n материала, найденных по запросу «%1», подборкой</numerusform>
            <numerusform>%n материалов, найденных по запросу «%1», подборкой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) in the archive, as a digest</source>
        <translation>
            <numerusform>Весь архив (%n материал), подборкой</numerusform>
            <numerusform>Весь архив (%n материала), подборкой</numerusform>
            <numerusform>Весь архив (%n материалов), подборкой</numerusform>
        </translation>
    </message>
    <message>
        <source>Russian and English side by side</source>
        <translation>Русский и английский рядом</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>Letter (США)</translation>
    </message>
    <message>
        <source>Default: “News digest” in the digest&apos;s language</source>
        <translation>По умолчанию: «Подборка материалов» на языке подборки</translation>
    </message>
    <message>
        <source>Start each item on a new page</source>
        <translation>Каждый материал с новой страницы</translation>
    </message>
    <message>
        <source>Standard (150 dpi)</source>
        <translation>Обычное (150 dpi)</translation>
    </message>
    <message>
        <source>High, for a printing house (300 dpi)</source>
        <translation>Высокое, для типографии (300 dpi)</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Экспорт:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>Digest &amp;title:</source>
        <translation>&amp;Заголовок подборки:</translation>
    </message>
    <message>
        <source>P&amp;hotos:</source>
        <translation>&amp;Фотографии:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Просмотр…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
</context>
<context>
    <name>Press::Ui::PdfPreviewDialog</name>
    <message>
        <source>Preview — %1</source>
        <translation>Просмотр — %1</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Whole Page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %1 of %n pages; the saved PDF has them all.</source>
        <translation>
            <numerusform>Показаны первые %1 из %n страницы; в сохранённом PDF будут все.</numerusform>
            <numerusform>Показаны первые %1 из %n страниц; в сохранённом PDF будут все.</numerusform>
            <numerusform>Показаны первые %1 из %n страниц; в сохранённом PDF будут все.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>Press::Ui::PhotoLibraryView</name>
    <message>
        <source>Import Photos</source>
        <translation>Импорт фотографий</translation>
    </message>
    <message>
        <source>Import a Folder of Photos</source>
        <translation>Импорт папки с фотографиями</translation>
    </message>
    <message>
        <source>Photo Library</source>
        <translation>Фотобиблиотека</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фотография</numerusform>
            <numerusform>%n фотографии</numerusform>
            <numerusform>%n фотографий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n photo(s)</source>
        <translation>
            <numerusform>%1 из %n фотографии</numerusform>
            <numerusform>%1 из %n фотографий</numerusform>
            <numerusform>%1 из %n фотографий</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 of %2…</source>
        <translation>Импорт: %1 из %2…</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Поиск фотографий…</translation>
    </message>
    <message>
        <source>Stopping after the photos in progress…</source>
        <translation>Остановка после обрабатываемых фотографий…</translation>
    </message>
    <message>
        <source>Filter by caption, file name, credit or keyword…</source>
        <translation>Отбор по подписи, имени файла, автору или ключевому слову…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>любой даты</translation>
    </message>
    <message>
        <source>Import Photos…</source>
        <translation>Импорт фотографий…</translation>
    </message>
    <message>
        <source>Import a Folder…</source>
        <translation>Импорт папки…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Drop photo files or folders here to import them; drag photos onto an item&apos;s photo strip to attach them.</source>
        <translation>Перетащите сюда файлы или папки с фотографиями, чтобы импортировать их; перетащите фотографии на ленту материала, чтобы прикрепить их.</translation>
    </message>
    <message>
        <source>Reading the photo library…</source>
        <translation>Чтение фотобиблиотеки…</translation>
    </message>
</context>
<context>
    <name>Press::Ui::PhotoPanel</name>
    <message>
        <source>Save Photo</source>
        <translation>Сохранение фотографии</translation>
    </message>
    <message>
        <source>Choose a photo to see its captions and details.</source>
        <translation>Выберите фотографию, чтобы увидеть её подписи и сведения.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Снято</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>%1 × %2 px, %3</source>
        <translation>%1 × %2 пикс., %3</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место съёмки</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>Авторские права</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>Not used in any item yet.</source>
        <translation>Пока не используется ни в одном материале.</translation>
    </message>
    <message>
        <source>Used in:</source>
        <translation>Используется в:</translation>
    </message>
    <message>
        <source>Caption (Russian)</source>
        <translation>Подпись (русский)</translation>
    </message>
    <message>
        <source>Caption (English)</source>
        <translation>Подпись (английский)</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Отменить правку</translation>
    </message>
</context>
<context>
    <name>Press::Ui::PhotoStrip</name>
    <message>
        <source>Add Photos to the Item</source>
        <translation>Добавить фотографии к материалу</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Главная</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n</source>
        <translation>
            <numerusform>Фотографии: %n</numerusform>
            <numerusform>Фотографии: %n</numerusform>
            <numerusform>Фотографии: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Item Photos</source>
        <translation>Фотографии материала</translation>
    </message>
    <message>
        <source>Make Cover</source>
        <translation>Сделать главной</translation>
    </message>
    <message>
        <source>Remove from Item</source>
        <translation>Убрать из материала</translation>
    </message>
    <message>
        <source>Show in Photo Library</source>
        <translation>Показать в фотобиблиотеке</translation>
    </message>
    <message>
        <source>Add Photos…</source>
        <translation>Добавить фотографии…</translation>
    </message>
    <message>
        <source>Drag to reorder. Drop photos from the library or files here to add them. Right-click for the cover.</source>
        <translation>Перетаскивайте, чтобы изменить порядок. Перетащите сюда фотографии из библиотеки или файлы, чтобы добавить их. Главная фотография — в контекстном меню.</translation>
    </message>
</context>
<context>
    <name>Press::Ui::PublishDialog</name>
    <message>
        <source>Publish to the Website</source>
        <translation>Публикация на сайте</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>(no %1 title yet)</source>
        <translation>(пока нет заголовка, язык: %1)</translation>
    </message>
    <message>
        <source>(post %1 there)</source>
        <translation>(там запись %1)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Publish &amp;now (or update the post)</source>
        <translation>Опубликовать &amp;сейчас (или обновить запись)</translation>
    </message>
    <message>
        <source>Send as a &amp;draft</source>
        <translation>Отправить как &amp;черновик</translation>
    </message>
    <message>
        <source>Publish &amp;later, at:</source>
        <translation>Опубликовать &amp;позже:</translation>
    </message>
    <message>
        <source>&amp;Withdraw: back to draft on the website</source>
        <translation>&amp;Снять: вернуть в черновики на сайте</translation>
    </message>
    <message>
        <source>Move to the website&apos;s &amp;trash</source>
        <translation>Переместить в &amp;корзину сайта</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;В очередь</translation>
    </message>
    <message>
        <source>There is no publishing target yet: add one in Archive → Publishing Targets….</source>
        <translation>Адресатов публикации пока нет: добавьте их в меню Архив → Адресаты публикации….</translation>
    </message>
    <message>
        <source>The time has passed; choose a later one.</source>
        <translation>Это время уже прошло; выберите более позднее.</translation>
    </message>
</context>
<context>
    <name>Press::Ui::PublishQueueView</name>
    <message>
        <source>Job</source>
        <translation>Задание</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Next Try</source>
        <translation>Следующая попытка</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>&amp;Отменить задание</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>Отправка: %1</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Будет повторено</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Снять</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>В корзину</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting or running</source>
        <translation>
            <numerusform>%n задание ждёт или выполняется</numerusform>
            <numerusform>%n задания ждут или выполняются</numerusform>
            <numerusform>%n заданий ждут или выполняются</numerusform>
        </translation>
    </message>
    <message>
        <source>Open post %1</source>
        <translation>Открыть запись %1</translation>
    </message>
    <message>
        <source>&amp;Overwrite the Website&apos;s Version</source>
        <translation>&amp;Заменить версию на сайте</translation>
    </message>
    <message>
        <source>The post was changed on the website since it was published from here. Publish the archive&apos;s text over it.</source>
        <translation>Публикацию изменили на сайте после того, как она была отправлена отсюда. Опубликовать поверх неё текст из архива.</translation>
    </message>
    <message>
        <source>&amp;Take the Website&apos;s Version</source>
        <translation>&amp;Взять версию с сайта</translation>
    </message>
    <message>
        <source>Bring the post as changed on the website into the archive. The archive&apos;s text stays in the item&apos;s history.</source>
        <translation>Перенести в архив публикацию в том виде, в каком её изменили на сайте. Текст из архива останется в истории материала.</translation>
    </message>
    <message>
        <source>Reading the website: %1</source>
        <translation>Чтение сайта: %1</translation>
    </message>
    <message numerus="yes">
        <source>From the website: %n new item(s)</source>
        <translation>
            <numerusform>С сайта: %n новый материал</numerusform>
            <numerusform>С сайта: %n новых материала</numerusform>
            <numerusform>С сайта: %n новых материалов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated (the earlier text is in each item&apos;s history)</source>
        <translation>
            <numerusform>%n обновлён (прежний текст — в истории материала)</numerusform>
            <numerusform>%n обновлено (прежний текст — в истории каждого материала)</numerusform>
            <numerusform>%n обновлено (прежний текст — в истории каждого материала)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the Website</source>
        <translation>Чтение сайта</translation>
    </message>
    <message>
        <source>Reading the website…</source>
        <translation>Чтение сайта…</translation>
    </message>
    <message>
        <source>Changed on the website</source>
        <translation>Изменено на сайте</translation>
    </message>
    <message>
        <source>Changed on the website after it was published from here: overwrite it, or take the website&apos;s version into the archive.</source>
        <translation>Изменено на сайте после публикации отсюда: замените версию на сайте или возьмите её в архив.</translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation>&amp;Остановить чтение</translation>
    </message>
    <message>
        <source>Stopped reading the website; what was read is kept. %1</source>
        <translation>Чтение сайта остановлено; прочитанное сохранено. %1</translation>
    </message>
</context>
<context>
    <name>Press::Ui::RevisionDialog</name>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Restore This Version</source>
        <translation>Вернуть эту версию</translation>
    </message>
    <message>
        <source>current</source>
        <translation>текущая</translation>
    </message>
    <message>
        <source>No saved versions in this language yet.</source>
        <translation>На этом языке ещё нет сохранённых версий.</translation>
    </message>
</context>
<context>
    <name>Press::Ui::SpellHighlighter</name>
    <message>
        <source>No suggestions for “%1”</source>
        <translation>Нет вариантов для «%1»</translation>
    </message>
</context>
<context>
    <name>Press::Ui::TargetsDialog</name>
    <message>
        <source>Publishing Targets</source>
        <translation>Адресаты публикации</translation>
    </message>
    <message>
        <source>&amp;New Target</source>
        <translation>&amp;Новый адресат</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>site-ru</source>
        <translation>site-ru</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Optional: one site, a category per language</source>
        <translation>Необязательно: один сайт, рубрика для каждого языка</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Системная связка ключей</translation>
    </message>
    <message>
        <source>File readable only by me (mode 0600)</source>
        <translation>Файл, доступный только мне (режим 0600)</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Переменная окружения</translation>
    </message>
    <message>
        <source>Only for a site whose certificate cannot be verified</source>
        <translation>Только для сайта, сертификат которого нельзя проверить</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Website &amp;address:</source>
        <translation>&amp;Адрес сайта:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Рубрика:</translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation>Пароль &amp;приложения:</translation>
    </message>
    <message>
        <source>&amp;Keep the password in:</source>
        <translation>&amp;Где хранить пароль:</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate (SHA-256):</source>
        <translation>Доверенный &amp;сертификат (SHA-256):</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Проверить соединение</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Pull Posts into the Archive</source>
        <translation>&amp;Загрузить публикации в архив</translation>
    </message>
    <message>
        <source>Read this target&apos;s posts and their photos into the archive. Posts already in the archive are updated; the earlier text stays in the item&apos;s history.</source>
        <translation>Загрузить публикации этого адресата и их фотографии в архив. Уже имеющиеся в архиве обновляются; прежний текст остаётся в истории материала.</translation>
    </message>
    <message>
        <source>Kept; type a new one to change it</source>
        <translation>Сохранён; введите новый, чтобы заменить</translation>
    </message>
    <message>
        <source>From the website: Users → Profile → Application Passwords</source>
        <translation>На сайте: Пользователи → Профиль → Пароли приложений</translation>
    </message>
    <message>
        <source>/home/me/.config/pressdesk/site-ru.password</source>
        <translation>/home/me/.config/pressdesk/site-ru.password</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Set $%1 to the Application Password before starting PressDesk.</source>
        <translation>Перед запуском PressDesk задайте в $%1 пароль приложения.</translation>
    </message>
    <message>
        <source>Storing the password in the system keychain…</source>
        <translation>Пароль сохраняется в системной связке ключей…</translation>
    </message>
    <message>
        <source>Saved; the password is in the system keychain.</source>
        <translation>Сохранено; пароль — в системной связке ключей.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Соединение с %1…</translation>
    </message>
    <message>
        <source>Connected as %1; may upload photos and publish posts.</source>
        <translation>Соединено как %1; можно загружать фотографии и публиковать записи.</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>Удалить адресат</translation>
    </message>
    <message>
        <source>Remove %1? Its queued jobs go too; the posts stay on the website.</source>
        <translation>Удалить %1? Его задания в очереди тоже будут удалены; публикации останутся на сайте.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 удалён.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Bilingual press-office archive, editor and publisher.</source>
        <translation>Двуязычный архив, редактор и публикатор для пресс-службы.</translation>
    </message>
    <message>
        <source>Open the archive in &lt;dir&gt;.</source>
        <translation>Открыть архив в папке &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Cannot create the archive %1</source>
        <translation>Не удалось создать архив %1</translation>
    </message>
    <message>
        <source>Start with this search (see Search → Search Syntax).</source>
        <translation>Начать с этого поиска (см. Поиск → Синтаксис поиска).</translation>
    </message>
</context>
</TS>
