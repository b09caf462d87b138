using TelnetTui.Core.Book;
using TelnetTui.Core.Files;
using TelnetTui.Core.Sessions;
using TelnetTui.Scripting.Loading;
using TelnetTui.Scripting.Pane;

namespace TelnetTui.App;

/// <summary>Scripts in the app: one engine per session (loaded on connect), the console's engine offline, and the input line through the aliases.</summary>
public sealed partial class TelnetTuiApp
{
    private ScriptDriver? _sessionScripts;
    private ScriptDriver? _offlineScripts;

    /// <summary>The engine the script pane works with: the session's, or an offline one before the first connect.</summary>
    public ScriptDriver CurrentScripts => _sessionScripts ?? (_offlineScripts ??= ScriptDriver.Offline(Application, _clock, ShowScriptOutput));

    /// <summary>A new session's engine: the host entry's TOML triggers and aliases, global/ and hosts/ID/ scripts, the scripts it names.</summary>
    private void StartScripts(Session session, HostEntry host)
    {
        _sessionScripts?.Dispose();
        _sessionScripts = null;
        var folder = AppFolders.Scripts(_config.Settings.Scripts.Folder, _config.Environment);
        Scripts.Console.Note($"scripts for {host.DisplayName} (folder {folder})");
        _sessionScripts = ScriptDriver.ForSession(session, ScriptLoadPlan.ForHost(host, folder), Application, _clock, ShowScriptOutput,
            SgrText.From(State.Theme.ScriptEcho));
    }

    private void ShowScriptOutput(ScriptOutput entry)
    {
        Scripts.Console.Show(entry);
        Application.Invalidate();
        if (entry.Kind == ScriptOutputKind.Error && !Side.IsOpen(ScriptsPane))
            State.ShowMessage("script error: " + entry + " (Alt+S shows the script pane)");
    }

    /// <summary>
    /// A line from the input line: split on ';' and '#N' and run through the aliases, then each command sent.
    /// Masked input (a password) and an empty line go as typed. False when not connected (the line is kept).
    /// </summary>
    private bool SendTyped(Session session, string line)
    {
        if (session.InputMasked || line.Length == 0 || _sessionScripts is not { } scripts || !ReferenceEquals(scripts.Session, session))
            return session.SendLine(line);
        if (!session.CanSend)
            return false;
        var result = scripts.Run(e => e.ProcessInput(line), null);
        if (result is null)
            return session.SendLine(line);
        if (result.Error is { } error)
        {
            State.ShowMessage(error);
            return false;
        }
        session.History?.Add(line);
        foreach (var command in result.Commands)
            session.SendLine(command, remember: false);
        return true;
    }

    private void ReloadScripts()
    {
        var scripts = CurrentScripts;
        scripts.Run(e =>
        {
            e.Reload();
            return true;
        }, false);
        State.ShowMessage($"scripts reloaded: {scripts.Engine.Scripts.Count} script(s), {scripts.Engine.Items().Count} item(s)");
    }
}
