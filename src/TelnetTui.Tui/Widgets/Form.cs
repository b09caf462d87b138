using TelnetTui.Tui.Text;

namespace TelnetTui.Tui.Widgets;

/// <summary>
/// Fields one under another, labels right-aligned in a column; after <see cref="Validate"/> each field
/// that failed shows its message on the row below it, in the error style.
/// </summary>
public sealed class Form : Widget
{
    private readonly List<FormField> _fields = [];

    public IReadOnlyList<FormField> Fields => _fields;

    public T Add<T>(T field) where T : FormField
    {
        _fields.Add(Adopt(field));
        return field;
    }

    public override IEnumerable<Widget> Children => _fields;

    private int LabelWidth => _fields.Count == 0 ? 0 : _fields.Max(f => CharWidth.Of(f.Label)) + 2;

    /// <summary>Columns the form would like.</summary>
    public int PreferredWidth => _fields.Count == 0 ? 0 : LabelWidth + _fields.Max(f => Math.Max(f.PreferredWidth, f.Error is null ? 0 : CharWidth.Of(f.Error) + 2));

    /// <summary>Rows the form takes now (one per field, plus one per shown message).</summary>
    public int Height => _fields.Sum(f => f.Error is null ? 1 : 2);

    /// <summary>Checks every field and records its message; returns true when all are acceptable.</summary>
    public bool Validate()
    {
        var ok = true;
        foreach (var field in _fields)
        {
            field.Error = field.Validate();
            ok &= field.Error is null;
        }
        return ok;
    }

    public FormField? FirstInvalid => _fields.FirstOrDefault(f => f.Error is not null);

    protected override void OnRender(Rect area, Buffer buffer)
    {
        var theme = Theme;
        var labelWidth = Math.Min(LabelWidth, area.Width / 2);
        var y = area.Y;
        foreach (var field in _fields)
        {
            if (y >= area.Bottom)
            {
                field.Render(Rect.Empty, buffer);
                continue;
            }
            var label = TextFit.Truncate(field.Label, Math.Max(0, labelWidth - 2)) + ": ";
            var labelStyle = field.HasFocusWithin ? theme.TitleFocused : theme.Text;
            buffer.SetString(area.X + Math.Max(0, labelWidth - CharWidth.Of(label)), y, label, labelStyle, labelWidth);
            var room = area.Width - labelWidth;
            var controlWidth = field.Stretches ? room : Math.Min(room, Math.Max(field.PreferredWidth, 1));
            field.Render(new Rect(area.X + labelWidth, y, controlWidth, 1), buffer);
            y++;
            if (field.Error is not null && y < area.Bottom)
            {
                buffer.SetString(area.X + labelWidth, y, "✗ " + field.Error, theme.Error, area.Width - labelWidth);
                y++;
            }
        }
    }
}
