#pragma once

#include <core/result.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace Press::Archive {

// Thin helpers so every SQL call in the archive layer reports failures the same way: an Error
// whose code says what the user can do about it (locked, read-only, corrupt, full disk) and whose
// detail carries the SQL text and SQLite's message. Bound values are never logged: they may be
// an item's text or, later, credentials.

[[nodiscard]] Error sqlError(const QSqlError &error, const QString &sql);
[[nodiscard]] Error sqlError(const QSqlQuery &query);

// Prepares `sql` on `db` and binds `values` positionally (SQLite's ?1, ?2 … or plain ?).
[[nodiscard]] Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql,
                                        std::initializer_list<QVariant> values = {});
[[nodiscard]] Result<void> exec(QSqlQuery &query);
// prepare + exec in one call, for statements whose rows we read afterwards.
[[nodiscard]] Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql,
                                    std::initializer_list<QVariant> values = {});
// For statements returning one value (COUNT, pragmas); NotFound when there is no row.
[[nodiscard]] Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql,
                                      std::initializer_list<QVariant> values = {});

// The first column of every row, as ids (SELECT id FROM … ORDER BY …).
[[nodiscard]] Result<QList<qint64>> selectIds(const QSqlDatabase &db, const QString &sql,
                                              std::initializer_list<QVariant> values = {});

// The first column of every row, as text.
[[nodiscard]] Result<QStringList> selectStrings(const QSqlDatabase &db, const QString &sql,
                                                std::initializer_list<QVariant> values = {});

// QVariant from a possibly empty string: NULL when empty, so optional columns stay NULL.
[[nodiscard]] QVariant nullIfEmpty(const QString &text);

// Qt binds a null QString as SQL NULL; NOT NULL text columns take "" instead.
[[nodiscard]] QString nonNull(const QString &text);

// Escapes % and _ for a LIKE pattern used with ESCAPE '\'.
[[nodiscard]] QString escapeLike(const QString &text);

} // namespace Press::Archive

namespace Press::Archive {

// SQL expression giving the translation state code (model/enums.h) of the text aliased `text`
// of the item aliased `item`, whose source text is aliased `source`. The same rule as
// Model::translationStateOf(), for lists and filters that must not load every item.
[[nodiscard]] QString translationStateSql(const QString &item, const QString &text,
                                          const QString &source);

// UPDATE statement that stores that state in item_text.state for every row (append
// " WHERE item_id = ?" for one item). The column is derived data, refreshed in the transaction of
// every save, so lists and filters can sort and select by state through an index.
[[nodiscard]] QString refreshTranslationStateSql();

} // namespace Press::Archive
