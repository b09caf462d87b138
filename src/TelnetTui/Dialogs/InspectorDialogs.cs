using System.Globalization;
using TelnetTui.Core.Negotiation;
using TelnetTui.Core.Sessions;
using TelnetTui.Core.Settings;
using TelnetTui.Panes.Inspector;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Tui.App;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.Dialogs;

/// <summary>The negotiation inspector's dialogs: the filter, one record in full, and asking for an option change.</summary>
public static class InspectorDialogs
{
    private static readonly string[] Directions = ["both", "received", "sent"];

    public static Dialog Filter(Application app, InspectorFilter current, Action<InspectorFilter> apply)
    {
        var dialog = new Dialog("Filter negotiation records") { Name = "filter-dialog" };
        var option = dialog.Form.Add(new TextField("Option", current.Option is { } o ? Telnet.Protocol.TelnetOption.Name(o) : "")
        {
            Name = "filter-option",
            Validator = v => v.Trim().Length == 0 || ParseOption(v) is not null ? null : "an option name (naws, gmcp...) or 0-255; empty for all",
        });
        option.Input.Name = "filter-option-input";
        option.Input.Placeholder = "all";
        var direction = dialog.Form.Add(new ChoiceField("Direction", Directions, current.Direction switch
        {
            TelnetDirection.Received => 1,
            TelnetDirection.Sent => 2,
            _ => 0,
        }) { Name = "filter-direction" });
        var hide = dialog.Form.Add(new CheckBox("Hide SB data", current.HideData) { Name = "filter-hide" });
        dialog.AddButton("Apply", submits: true, isDefault: true, onPress: () => apply(new InspectorFilter(
            ParseOption(option.Text),
            direction.SelectedIndex switch { 1 => TelnetDirection.Received, 2 => TelnetDirection.Sent, _ => null },
            hide.Checked)));
        dialog.AddButton("All", submits: false, onPress: () => apply(InspectorFilter.All));
        dialog.AddButton("Cancel", submits: false);
        app.ShowOverlay(dialog);
        return dialog;
    }

    /// <summary>"naws", "NAWS", "31" → 31; null when it is neither a known name nor 0-255.</summary>
    public static byte? ParseOption(string text)
    {
        var t = text.Trim();
        if (t.Length == 0)
            return null;
        if (byte.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            return code;
        if (KnownTelnetOptions.Canonical(t.ToLowerInvariant()) is { } name)
            return (byte)KnownTelnetOptions.Codes[name];
        for (var i = 0; i < 256; i++)
        {
            if (string.Equals(Telnet.Protocol.TelnetOption.Name((byte)i), t, StringComparison.OrdinalIgnoreCase))
                return (byte)i;
        }
        return null;
    }

    public static Dialog Details(Application app, NegotiationRecord r)
    {
        var lines = new List<string>
        {
            $"{r.Time.ToLocalTime():yyyy-MM-dd HH:mm:ss.fff} {(r.Direction == TelnetDirection.Received ? "received from the host" : "sent to the host")}",
            $"{r.Kind}{(r.Option is { } o ? $", option {Telnet.Protocol.TelnetOption.Name(o)} ({o})" : "")}",
        };
        lines.AddRange(Panes.TextWrap.Lines(r.Meaning, 70));
        if (r.StateAfter is { } state)
            lines.Add("state after: " + state);
        lines.Add("raw bytes:");
        lines.AddRange(Panes.TextWrap.Lines(RecordText.Raw(r, 256), 70));
        return DialogKit.Message(app, "Negotiation record", string.Join("\n", lines));
    }

    /// <summary>Offers WILL/WONT (our side) and DO/DONT (the host's side) for one option; the answer shows in the log.</summary>
    public static Dialog RequestChange(Application app, Session session, OptionStateRow row, Action<string> report)
    {
        var text = $"We (WILL/WONT): {row.State.Local}   the host (DO/DONT): {row.State.Remote}\n"
                   + "RFC 1143: a request that changes nothing is not sent.";
        var dialog = new Dialog($"{row.Name} ({row.Option})", text) { Name = "option-dialog" };
        void Add(string label, TelnetSide side, bool enable) =>
            dialog.AddButton(label, submits: false, onPress: () =>
            {
                var ok = session.RequestOption(side, row.Option, enable, out var error);
                report(ok ? $"asked: {label} {row.Name}" : $"{label} {row.Name} not sent: {error}");
            });
        Add("WILL", TelnetSide.Local, true);
        Add("WONT", TelnetSide.Local, false);
        Add("DO", TelnetSide.Remote, true);
        Add("DONT", TelnetSide.Remote, false);
        dialog.AddButton("Close", submits: false);
        app.ShowOverlay(dialog);
        return dialog;
    }
}
