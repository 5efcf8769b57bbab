/**
 * The drop-in entry: one classic `<script>` defines every element. It exports nothing, so the IIFE that Rollup makes
 * of it adds no globals to the host page.
 */
import './index.js';
