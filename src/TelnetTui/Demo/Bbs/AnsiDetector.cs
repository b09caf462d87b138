using System.Text;
using TelnetTui.Demo.Sessions;

namespace TelnetTui.Demo.Bbs;

/// <summary>
/// The classic BBS terminal check: at the start of a line, write a probe character and ask where the
/// cursor is (<c>ESC[6n</c>). An ANSI terminal answers with a cursor position report; how far the
/// probe moved the cursor tells UTF-8 from CP437. Waits at most <see cref="DemoServerOptions.AnsiDetectTimeout"/>;
/// keys typed meanwhile are dropped. The probe is erased afterwards.
/// </summary>
internal static class AnsiDetector
{
    /// <summary>⌂ (U+2302, narrow): one UTF-8 character of three bytes, each a CP437 glyph of its own.</summary>
    public const string Probe = "\u2302";

    public static async Task<AnsiDetection> RunAsync(DemoSession session)
    {
        await session.WriteBytesAsync(Encoding.ASCII.GetBytes("\r").Concat(Encoding.UTF8.GetBytes(Probe)).Concat(Encoding.ASCII.GetBytes(Ansi.CursorReportRequest)).ToArray()).ConfigureAwait(false);
        var clock = session.Context.Clock;
        var start = clock.GetTimestamp();
        var timeout = session.Context.Options.AnsiDetectTimeout;
        var result = new AnsiDetection(false);
        while (true)
        {
            var left = timeout - clock.GetElapsedTime(start);
            if (left <= TimeSpan.Zero)
                break;
            var input = await session.NextAsync(left).ConfigureAwait(false);
            if (input.Kind == SessionInputKind.Timeout)
                break;
            if (input.Kind == SessionInputKind.Key && input.Key.IsCursorReport(out var row, out var column))
            {
                result = new AnsiDetection(true, row, column);
                break;
            }
        }
        await session.WriteBytesAsync(Encoding.ASCII.GetBytes("\r" + Ansi.EraseLine)).ConfigureAwait(false);
        return result;
    }
}
