using TelnetTui.App;
using TelnetTui.Core.Replay;
using TelnetTui.Panes.Replay;
using TelnetTui.Themes;
using TelnetTui.Tui.App;
using TelnetTui.Tui.Platform;

namespace TelnetTui.Cli;

/// <summary>
/// <c>telnettui replay CAPTURE</c> without --format: plays the recording back in the TUI (pause, speed,
/// seek, next prompt) on the Session layer's <see cref="ReplayPlayer"/>. Exit 0 when the user quits,
/// 1 when the file cannot be read, 2 when there is no terminal.
/// </summary>
public static class ReplayTui
{
    /// <summary>Frames a second while playing (the player moves with the clock between them).</summary>
    public const int FramesPerSecond = 30;

    public static int Run(FileInfo path, ReplayOptions options, TextWriter error)
    {
        CaptureRecording recording;
        try
        {
            recording = CaptureReader.Load(path.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            error.WriteLine($"telnettui: cannot replay {path.FullName}: {e.Message}");
            return ExitCodes.Failure;
        }
        PosixTerminal terminal;
        try
        {
            terminal = PosixTerminal.Open(new TerminalOptions());
        }
        catch (TerminalUnavailableException e)
        {
            error.WriteLine($"telnettui: {e.Message}; without a terminal use --format text|ansi or --export-asciicast FILE");
            return ExitCodes.Usage;
        }
        using var app = new Application(terminal);
        Attach(app, new ReplayPlayer(recording, options: options), path.Name, new AppTheme(), terminal);
        app.Run();
        return ExitCodes.Success;
    }

    /// <summary>Builds the replay view on <paramref name="app"/> and starts playing.</summary>
    public static ReplayView Attach(Application app, ReplayPlayer player, string name, AppTheme theme, ITerminal terminal)
    {
        var state = new AppState(theme, new Osc52Clipboard(bytes => terminal.Write(bytes)));
        var view = new ReplayView(player, name, state);
        app.Theme = theme.Ui;
        app.Root = view;
        TimerRegistration? ticker = null;
        void Update()
        {
            var playing = !player.IsPaused && !player.AtEnd;
            if (playing && ticker is null)
                ticker = app.AddTimer(TimeSpan.Zero, TimeSpan.FromSeconds(1.0 / FramesPerSecond), () =>
                {
                    player.Tick();
                    if (player.AtEnd)
                        app.Invoke(Update);
                    return true;
                });
            else if (!playing && ticker is not null)
            {
                ticker.Dispose();
                ticker = null;
            }
        }
        view.Changed += Update;
        view.QuitRequested += app.Quit;
        app.Keys.Bind("Alt+X", "quit", BindingScope.Always);
        app.Commands.Add("quit", "Quit", app.Quit);
        player.Play();
        Update();
        app.Focus.SetFocus(view.Screen);
        return view;
    }
}
