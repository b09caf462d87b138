namespace TelnetTui.Tui.Widgets;

/// <summary>A column of a <see cref="TableView{T}"/>: header, width rule, cell text and optional cell style.</summary>
public sealed record TableColumn<T>(string Header, Constraint Width, Func<T, string> Text)
{
    public Func<T, Style?>? Style { get; init; }
}
