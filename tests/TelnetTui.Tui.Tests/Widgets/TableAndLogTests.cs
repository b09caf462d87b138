using TelnetTui.Tui.Input;
using TelnetTui.Tui.Tests.Support;
using TelnetTui.Tui.Widgets;
using static TelnetTui.Tui.Tests.Support.Keys;

namespace TelnetTui.Tui.Tests.Widgets;

/// <summary>The ring buffer and the table/log over it: following the tail, pause, search, filter (the inspector).</summary>
public class TableAndLogTests
{
    private static readonly Theme T = new();

    [Fact]
    public void A_ring_buffer_drops_the_oldest_and_keeps_sequence_numbers()
    {
        var ring = new RingBuffer<int>(3);
        for (var i = 0; i < 5; i++)
            ring.Add(i * 10);
        Assert.Equal(3, ring.Count);
        Assert.Equal([20, 30, 40], Enumerable.Range(0, 3).Select(i => ring[i]));
        Assert.Equal(2, ring.FirstSequence);
        Assert.True(ring.TryGetBySequence(4, out var last) && last == 40);
        Assert.False(ring.TryGetBySequence(1, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => ring[3]);
    }

    private static TableView<(string Dir, string Cmd)> Table(RingBuffer<(string Dir, string Cmd)> ring)
    {
        var table = new TableView<(string Dir, string Cmd)>(ring);
        table.Columns.Add(new TableColumn<(string Dir, string Cmd)>("Dir", Constraint.Length(3), r => r.Dir));
        table.Columns.Add(new TableColumn<(string Dir, string Cmd)>("Command", Constraint.Fill(), r => r.Cmd));
        return table;
    }

    [Fact]
    public void The_table_has_a_header_and_follows_the_tail()
    {
        var ring = new RingBuffer<(string, string)>(100);
        var table = Table(ring);
        for (var i = 1; i <= 5; i++)
            ring.Add(("<-", $"DO {i}"));
        var buffer = Render.Widget(table, 14, 4, focus: table);
        BufferAssert.Lines(buffer, "Dir Command", "<-  DO 3", "<-  DO 4", "<-  DO 5");
        BufferAssert.StyleAt(buffer, 0, 0, T.Header);
        ring.Add(("->", "WILL 6"));
        BufferAssert.Lines(Render.Widget(table, 14, 4, focus: table), "Dir Command", "<-  DO 4", "<-  DO 5", "->  WILL 6");
    }

    [Fact]
    public void Moving_up_stops_following_and_End_follows_again()
    {
        var ring = new RingBuffer<(string, string)>(100);
        var table = Table(ring);
        for (var i = 1; i <= 5; i++)
            ring.Add(("<-", $"DO {i}"));
        Render.Widget(table, 14, 4, focus: table);
        table.OnKey(K(Key.Up));
        Assert.False(table.Following);
        ring.Add(("<-", "DO 6"));
        var buffer = Render.Widget(table, 14, 4, focus: table);
        BufferAssert.Lines(buffer, "Dir Command", "<-  DO 3", "<-  DO 4", "<-  DO 5");
        BufferAssert.StyleAt(buffer, 0, 2, T.Selection);
        table.OnKey(K(Key.End));
        Assert.True(table.Following);
        BufferAssert.Lines(Render.Widget(table, 14, 4, focus: table), "Dir Command", "<-  DO 4", "<-  DO 5", "<-  DO 6");
    }

    [Fact]
    public void Pause_holds_the_view_and_counts_what_is_waiting()
    {
        var ring = new RingBuffer<(string, string)>(100);
        var table = Table(ring);
        ring.Add(("<-", "DO 1"));
        Render.Widget(table, 16, 4, focus: table);
        table.OnKey(C(' '));
        ring.Add(("<-", "DO 2"));
        ring.Add(("<-", "DO 3"));
        var buffer = Render.Widget(table, 16, 4, focus: table);
        BufferAssert.Lines(buffer, "Dir Command", "<-  DO 1", "", " PAUSED +2");
        BufferAssert.StyleAt(buffer, 1, 3, T.Indicator);
        table.OnKey(C(' '));
        BufferAssert.Lines(Render.Widget(table, 16, 4, focus: table), "Dir Command", "<-  DO 1", "<-  DO 2", "<-  DO 3");
    }

    [Fact]
    public void Search_finds_and_highlights_matching_rows()
    {
        var ring = new RingBuffer<(string, string)>(100);
        var table = Table(ring);
        foreach (var c in new[] { "DO NAWS", "WILL TTYPE", "DO ECHO", "WONT NAWS" })
            ring.Add(("<-", c));
        Render.Widget(table, 16, 6, focus: table);
        table.OnKey(C('/'));
        foreach (var k in Type("naws"))
            table.OnKey(k);
        Assert.True(table.IsEditingSearch);
        Assert.NotNull(table.Cursor);
        table.OnKey(K(Key.Enter));
        Assert.Equal(("<-", "DO NAWS"), table.SelectedRow);
        var buffer = Render.Widget(table, 16, 6, focus: table);
        BufferAssert.Lines(buffer, "Dir Command", "<-  DO NAWS", "<-  WILL TTYPE", "<-  DO ECHO", "<-  WONT NAWS", " /naws");
        BufferAssert.StyleAt(buffer, 9, 4, T.Match);
        table.OnKey(C('n'));
        Assert.Equal(("<-", "WONT NAWS"), table.SelectedRow);
        table.OnKey(C('N'));
        Assert.Equal(("<-", "DO NAWS"), table.SelectedRow);
    }

    [Fact]
    public void A_row_filter_hides_rows_without_dropping_them()
    {
        var ring = new RingBuffer<(string Dir, string Cmd)>(100);
        var table = Table(ring);
        ring.Add(("<-", "DO NAWS"));
        ring.Add(("->", "WILL NAWS"));
        table.RowFilter = r => r.Dir == "->";
        BufferAssert.Lines(Render.Widget(table, 16, 3), "Dir Command", "->  WILL NAWS", "");
        table.RowFilter = null;
        BufferAssert.Lines(Render.Widget(table, 16, 3), "Dir Command", "<-  DO NAWS", "->  WILL NAWS");
    }

    [Fact]
    public void A_log_keeps_only_its_capacity_and_styles_lines()
    {
        var log = new LogView(capacity: 3);
        var red = new Style(Color.Red);
        log.Append("one\ntwo");
        log.Append("three");
        log.Append("four", red);
        var buffer = Render.Widget(log, 8, 3);
        BufferAssert.Lines(buffer, "two", "three", "four");
        BufferAssert.StyleAt(buffer, 0, 2, red);
    }
}
