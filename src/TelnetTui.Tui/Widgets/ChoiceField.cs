using TelnetTui.Tui.Input;
using TelnetTui.Tui.Text;

namespace TelnetTui.Tui.Widgets;

/// <summary>One of a few options, shown as "◂ option ▸": Left/Right (or Space) cycle, a click on either arrow too.</summary>
public sealed class ChoiceField : FormField
{
    public ChoiceField(string label, IReadOnlyList<string> options, int selected = 0) : base(label)
    {
        if (options.Count == 0)
            throw new ArgumentException("a choice needs at least one option", nameof(options));
        Options = options;
        SelectedIndex = Math.Clamp(selected, 0, options.Count - 1);
    }

    public IReadOnlyList<string> Options { get; }
    public int SelectedIndex { get; set; }
    public string Selected => Options[SelectedIndex];
    public override bool CanFocus => true;
    public override int PreferredWidth => Options.Max(o => CharWidth.Of(o)) + 4;

    public event Action<int>? SelectionChanged;

    public override string? Validate() => null;

    public void Cycle(int step)
    {
        SelectedIndex = ((SelectedIndex + step) % Options.Count + Options.Count) % Options.Count;
        SelectionChanged?.Invoke(SelectedIndex);
    }

    protected override void OnRender(Rect area, Buffer buffer)
    {
        var style = HasFocus ? Theme.FieldFocused : Theme.Field;
        var width = Math.Min(area.Width, PreferredWidth);
        buffer.Fill(new Rect(area.X, area.Y, width, 1), Cell.Space(style));
        buffer.SetString(area.X, area.Y, "◂ " + TextFit.Truncate(Selected, width - 4), style, width);
        buffer.SetString(area.X + width - 1, area.Y, "▸", style, 1);
    }

    public override bool OnKey(KeyEvent e)
    {
        if (e.Modifiers == KeyModifiers.None && e.Key is Key.Left or Key.Right)
        {
            Cycle(e.Key == Key.Right ? 1 : -1);
            return true;
        }
        if (e.IsText && e.Rune.Value == ' ')
        {
            Cycle(1);
            return true;
        }
        return false;
    }

    public override bool OnMouse(MouseEvent e)
    {
        if (e.Action != MouseAction.Press || e.Button != MouseButton.Left)
            return false;
        Cycle(e.X < Area.X + Math.Min(Area.Width, PreferredWidth) / 2 ? -1 : 1);
        return true;
    }
}
