using System.Text;
using BenchmarkDotNet.Attributes;
using TelnetTui.App;
using TelnetTui.Panes.Terminal;
using TelnetTui.Terminal;
using TelnetTui.Themes;
using Buffer = TelnetTui.Tui.Buffer;

namespace TelnetTui.Benchmarks.App;

/// <summary>
/// What the terminal pane costs per frame: the session's 120x38 screen of coloured MUD text copied into
/// the frame buffer with its marks (prompt gutter, URLs found, search matches highlighted), live and
/// scrolled back (the split view reads scrollback lines).
/// </summary>
[MemoryDiagnoser]
public class TerminalPaneBenchmarks
{
    private const int Columns = 120;
    private const int Rows = 38;
    private readonly Buffer _buffer = new(Columns, Rows);
    private ScreenView _view = null!;

    [Params(false, true)]
    public bool ScrolledBack { get; set; }

    [Params("", "lantern")]
    public string Search { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var terminal = new VirtualTerminal(new TerminalOptions { Columns = Columns, Rows = Rows, ScrollbackLines = 10_000 });
        var random = new Random(7);
        var sb = new StringBuilder();
        string[] colours = ["\e[1;33m", "\e[0;36m", "\e[1;35m", "\e[0;32m", "\e[38;5;208m"];
        for (var i = 0; i < 2000; i++)
        {
            sb.Append(colours[random.Next(colours.Length)]).Append("The lanterns flicker as Corvin casts a spell").Append("\e[0m");
            if (i % 10 == 0)
                sb.Append(" see https://mud.example.org/help/spells");
            sb.Append(" (mana ").Append(random.Next(1000)).Append(")\r\n");
        }
        terminal.Feed(Encoding.UTF8.GetBytes(sb.ToString()));
        var state = new AppState(new AppTheme(), new Osc52Clipboard(_ => { }));
        _view = new ScreenView(state) { ScreenSource = () => terminal.Screen, ShowGutter = true };
        _view.Render(_buffer.Area, _buffer);
        if (ScrolledBack)
            _view.ScrollBy(500);
        if (Search.Length > 0)
            _view.FindNext(Search, older: true);
    }

    [Benchmark]
    public void RenderFrame() => _view.Render(_buffer.Area, _buffer);
}
