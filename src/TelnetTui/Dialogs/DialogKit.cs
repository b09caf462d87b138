using TelnetTui.Tui.App;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.Dialogs;

/// <summary>Small dialogs the app opens: a message, a yes/no question, a one-line answer.</summary>
public static class DialogKit
{
    public static Dialog Message(Application app, string title, string text, Action? closed = null)
    {
        var dialog = new Dialog(title, text) { Name = "message" };
        dialog.AddButton("OK", submits: true, isDefault: true);
        if (closed is not null)
            dialog.Closed += closed;
        app.ShowOverlay(dialog);
        return dialog;
    }

    public static Dialog Confirm(Application app, string title, string text, string yes, Action onYes)
    {
        var dialog = new Dialog(title, text) { Name = "confirm" };
        dialog.AddButton(yes, submits: true, isDefault: true, onPress: () => app.Invoke(onYes));
        dialog.AddButton("Cancel", submits: false);
        app.ShowOverlay(dialog);
        return dialog;
    }

    /// <summary>Asks for one line of text; <paramref name="onAnswer"/> runs after the dialog closed, with what was typed.</summary>
    public static Dialog Ask(Application app, string title, string label, string initial, string ok, Action<string> onAnswer,
        Func<string, string?>? validator = null, string? message = null)
    {
        var dialog = new Dialog(title, message) { Name = "ask" };
        var field = dialog.Form.Add(new TextField(label, initial) { Name = "answer", Required = true, Validator = validator });
        field.Input.Name = "answer-input";
        dialog.AddButton(ok, submits: true, isDefault: true, onPress: () =>
        {
            var text = field.Text;
            app.Invoke(() => onAnswer(text));
        });
        dialog.AddButton("Cancel", submits: false);
        app.ShowOverlay(dialog);
        return dialog;
    }
}
