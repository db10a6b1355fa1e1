// Shared by the state GUI tests: every string a view displays (labels, buttons, edits, combos, every model
// cell's display and tooltip text, tab titles), to check that no secret ever reaches the screen.
#pragma once

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStringList>
#include <QTabWidget>
#include <QWidget>

namespace StateGuiHelpers {

inline void modelStrings(const QAbstractItemModel *model, const QModelIndex &parent, QStringList &out)
{
    const int columns = model->columnCount(parent);
    for (int c = 0; c < columns; ++c)
        if (!parent.isValid())
            out << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    for (int r = 0; r < model->rowCount(parent); ++r) {
        for (int c = 0; c < columns; ++c) {
            const QModelIndex idx = model->index(r, c, parent);
            out << idx.data(Qt::DisplayRole).toString() << idx.data(Qt::ToolTipRole).toString()
                << idx.data(Qt::StatusTipRole).toString() << idx.data(Qt::AccessibleTextRole).toString();
        }
        const QModelIndex first = model->index(r, 0, parent);
        if (model->hasChildren(first))
            modelStrings(model, first, out);
    }
}

inline QStringList displayedStrings(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        out << w->toolTip() << w->accessibleName() << w->windowTitle() << w->statusTip();
        if (auto *label = qobject_cast<QLabel *>(w))
            out << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            out << button->text();
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            out << edit->text() << edit->placeholderText();
        else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                out << combo->itemText(i) << combo->itemData(i, Qt::ToolTipRole).toString();
        } else if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                out << tabs->tabText(i) << tabs->tabToolTip(i);
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()
                                                              && !qobject_cast<QHeaderView *>(w))
            modelStrings(view->model(), {}, out);
    }
    return out;
}

// The strings that contain needle (empty when none).
inline QStringList leaks(QWidget *root, const QString &needle)
{
    QStringList found;
    for (const QString &s : displayedStrings(root))
        if (s.contains(needle))
            found << s;
    return found;
}

} // namespace StateGuiHelpers
