import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';

/**
 * An Observable Plot figure in the page. Plot puts a <style> element in every chart,
 * which the app's Content-Security-Policy (no inline styles) refuses; it is removed
 * before the chart joins the document, and app.css styles `.plot` instead. Plot also names
 * each mark's group with aria-label, which groups without a role may not carry.
 */
export function PlotFigure({ options, label }: { options: Plot.PlotOptions; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = container.current;
    if (!node) return;
    const chart = Plot.plot({ ...options, className: 'plot', ariaLabel: label });
    for (const style of chart.querySelectorAll('style')) style.remove();
    // One image with one name; the table beside it carries the numbers for screen readers.
    chart.setAttribute('role', 'img');
    for (const part of chart.querySelectorAll('[aria-label]')) part.removeAttribute('aria-label');
    node.replaceChildren(chart);
    return () => chart.remove();
  }, [options, label]);
  return <div ref={container} className="plot-figure" />;
}
