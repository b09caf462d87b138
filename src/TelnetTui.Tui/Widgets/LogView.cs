namespace TelnetTui.Tui.Widgets;

/// <summary>A <see cref="TableView{T}"/> of plain lines with no header: a scrolling, pausable, searchable log.</summary>
public sealed class LogView : TableView<LogLine>
{
    /// <summary>Lines kept by default; older ones are dropped.</summary>
    public const int DefaultCapacity = 10_000;

    public LogView(int capacity = DefaultCapacity) : base(new RingBuffer<LogLine>(capacity))
    {
        ShowHeader = false;
        Columns.Add(new TableColumn<LogLine>("", Constraint.Fill(), l => l.Text) { Style = l => l.Style });
    }

    public void Append(string text, Style? style = null)
    {
        foreach (var line in text.Split('\n'))
            Source.Add(new LogLine(line.TrimEnd('\r'), style));
    }
}
