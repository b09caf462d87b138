using TelnetTui.Tui.Input;
using TelnetTui.Tui.Text;

namespace TelnetTui.Tui.Widgets;

/// <summary>
/// A modal box with a title, an optional message, a <see cref="Form"/> and a row of buttons. Enter presses
/// the default button (unless the focused control uses Enter itself), Esc cancels. A button that submits
/// validates the form first: if a field is wrong its message shows under it, focus goes to it, and the
/// dialog stays open.
/// </summary>
public sealed class Dialog : Overlay
{
    /// <summary>Widest a dialog grows (in columns), however long its messages.</summary>
    public const int MaxWidth = 76;

    private readonly List<Button> _buttons = [];
    private Button? _default;
    private Rect _buttonRow;

    public Dialog(string title, string? message = null)
    {
        Title = title;
        Message = message;
        Form = Adopt(new Form());
        Name = title;
    }

    public string Title { get; set; }
    public string? Message { get; set; }
    public Form Form { get; }
    public IReadOnlyList<Button> Buttons => _buttons;

    /// <summary>The form was valid and a submitting button was pressed (the dialog closes after this).</summary>
    public event Action? Submitted;

    /// <summary>Esc or a cancelling button closed the dialog.</summary>
    public event Action? Cancelled;

    /// <summary>
    /// Adds a button. A submitting button validates the form and raises <see cref="Submitted"/>; otherwise it
    /// cancels. <paramref name="onPress"/> runs before the dialog closes.
    /// </summary>
    public Button AddButton(string text, bool submits, bool isDefault = false, Action? onPress = null)
    {
        var button = Adopt(new Button(text));
        button.Pressed += () =>
        {
            if (submits)
                Submit(onPress);
            else
            {
                onPress?.Invoke();
                Cancel();
            }
        };
        _buttons.Add(button);
        if (isDefault || _default is null && submits)
            _default = button;
        return button;
    }

    /// <summary>OK (default, submits) and Cancel buttons.</summary>
    public Dialog WithOkCancel(string ok = "OK", string cancel = "Cancel")
    {
        AddButton(ok, submits: true, isDefault: true);
        AddButton(cancel, submits: false);
        return this;
    }

    public void Submit(Action? onValid = null)
    {
        if (!Form.Validate())
        {
            if (Form.FirstInvalid is { } field)
                FocusOn(field.FocusTarget);
            return;
        }
        onValid?.Invoke();
        Submitted?.Invoke();
        Close();
    }

    public void Cancel()
    {
        Cancelled?.Invoke();
        Close();
    }

    public override IEnumerable<Widget> Children => [Form, .. _buttons];

    private string[] MessageLines => Message?.Split('\n') ?? [];

    private int ButtonsWidth => _buttons.Sum(b => b.Width) + Math.Max(0, _buttons.Count - 1) * 2;

    public override Rect Place(Rect screen)
    {
        var content = Math.Max(Math.Max(Form.PreferredWidth, ButtonsWidth), CharWidth.Of(Title) + 4);
        foreach (var line in MessageLines)
            content = Math.Max(content, CharWidth.Of(line));
        var width = Math.Min(Math.Min(content + 4, MaxWidth), screen.Width);
        var messageRows = MessageLines.Length;
        var height = 2 + messageRows + (messageRows > 0 && Form.Fields.Count > 0 ? 1 : 0) + Form.Height + (_buttons.Count > 0 ? 2 : 0);
        return screen.Centered(width, Math.Min(height, screen.Height));
    }

    protected override void OnRender(Rect area, Buffer buffer)
    {
        var theme = Theme;
        buffer.Fill(area, Cell.Space(theme.Dialog));
        var inner = Border.Draw(buffer, area, theme.DialogBorder, Title, theme.DialogBorder).Inset(1, 0);
        var y = inner.Y;
        foreach (var line in MessageLines)
        {
            if (y >= inner.Bottom)
                break;
            buffer.SetString(inner.X, y++, TextFit.Truncate(line, inner.Width), theme.Dialog, inner.Width);
        }
        if (MessageLines.Length > 0 && Form.Fields.Count > 0)
            y++;
        var buttonRows = _buttons.Count > 0 ? 2 : 0;
        Form.Render(new Rect(inner.X, y, inner.Width, Math.Max(0, Math.Min(Form.Height, inner.Bottom - y - buttonRows))), buffer);
        if (_buttons.Count == 0)
            return;
        _buttonRow = new Rect(inner.X, inner.Bottom - 1, inner.Width, 1);
        var x = inner.X + TextFit.CenterOffset(ButtonsWidth, inner.Width);
        foreach (var button in _buttons)
        {
            button.Render(new Rect(x, _buttonRow.Y, Math.Max(0, Math.Min(button.Width, inner.Right - x)), 1), buffer);
            x += button.Width + 2;
        }
    }

    public override bool OnKey(KeyEvent e)
    {
        if (e.Key == Key.Escape && e.Modifiers == KeyModifiers.None)
        {
            Cancel();
            return true;
        }
        if (e.Key == Key.Enter && e.Modifiers == KeyModifiers.None && _default is not null)
        {
            _default.Press();
            return true;
        }
        return false;
    }
}
