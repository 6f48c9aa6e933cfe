/** The colour key of a chart; the swatches use the same classes as the shapes they stand for. */
export function Legend({ items }: { items: { name: string; className: string }[] }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.name}>
          <svg width="10" height="10" viewBox="0 0 10 10" className="chart-legend__swatch">
            <rect width="10" height="10" rx="2" className={item.className} />
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  );
}
