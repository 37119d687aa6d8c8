/** App component. */
export { App, type AppEdits, type AppProps, type AppSharePoint } from "./App";
