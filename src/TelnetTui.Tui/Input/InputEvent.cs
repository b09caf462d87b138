using TelnetTui.Tui.App;

namespace TelnetTui.Tui.Input;

/// <summary>Something the user's terminal sent: a key, mouse action, paste, focus change or a report.</summary>
public abstract record InputEvent : Message;
