namespace ResourceMonitor.Worker.Programme;

/// <summary>The programme view (section <c>Programme</c>; docs/programme.md).</summary>
public sealed class ProgrammeOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Programme";

    /// <summary>
    /// Where manual inputs (land area, social figures) are kept: a JSON file, replaced atomically at each change. A
    /// relative path is under the worker's content root.
    /// </summary>
    public string InputsFile { get; set; } = "programme/inputs.json";

    /// <summary>
    /// Further park catalogs the programme report covers besides the worker's own (<c>Catalog:Path</c>): the parks other
    /// workers own, so one worker can report on the whole programme from the shared InfluxDB.
    /// </summary>
    public IList<string> CatalogFiles { get; } = [];

    /// <summary>The longest report period, in months.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 120)]
    public int MaxMonths { get; set; } = 24;
}
