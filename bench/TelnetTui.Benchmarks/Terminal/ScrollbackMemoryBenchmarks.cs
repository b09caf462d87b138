using System.Text;
using BenchmarkDotNet.Attributes;
using TelnetTui.Terminal;

namespace TelnetTui.Benchmarks.Terminal;

/// <summary>
/// Issue 3: memory of 100,000 lines of scrollback at 80 columns. The "Allocated" column is what filling
/// it costs; nearly all of it stays held by the scrollback pages. Text: 80 plain characters a line;
/// Coloured: every cell in its own 256-colour index (the worst case for style runs).
/// </summary>
[MemoryDiagnoser]
public class ScrollbackMemoryBenchmarks
{
    private const int Lines = 100_000;
    private byte[] _input = [];

    [Params("text", "coloured")]
    public string Content { get; set; } = "text";

    [GlobalSetup]
    public void Setup()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < Lines + 25; i++)
        {
            if (Content == "text")
                sb.Append($"{i:D8} ").Append((char)('a' + i % 26), 71);
            else
            {
                for (var c = 0; c < 80; c++)
                    sb.Append($"\e[38;5;{(i + c) % 256}m{(char)('!' + c % 90)}");
            }
            sb.Append("\r\n");
        }
        _input = Encoding.ASCII.GetBytes(sb.ToString());
    }

    [Benchmark]
    public int Fill100000Lines()
    {
        var terminal = new VirtualTerminal(new TerminalOptions { Columns = 80, Rows = 25, ScrollbackLines = Lines });
        terminal.Feed(_input);
        return terminal.Screen.ScrollbackCount;
    }
}
