namespace TelnetTui.Tui.Widgets;

/// <summary>
/// One row of a <see cref="Form"/>: a label, a control, and — after a failed validation — a message under it.
/// </summary>
public abstract class FormField : Widget
{
    protected FormField(string label) => Label = label;

    public string Label { get; set; }

    /// <summary>The message from the last <see cref="Form.Validate"/>, or null when the value was fine.</summary>
    public string? Error { get; internal set; }

    /// <summary>The value's problem in words, or null when it is acceptable.</summary>
    public abstract string? Validate();

    /// <summary>Columns the control would like.</summary>
    public virtual int PreferredWidth => 24;

    /// <summary>True when the control takes all the width the form has (text boxes).</summary>
    public virtual bool Stretches => false;

    /// <summary>What gets focus when the field is pointed at (its input, or the field itself).</summary>
    public virtual Widget FocusTarget => this;
}
