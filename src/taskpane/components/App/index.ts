/** App component. */
export { App, type AppProps, type AppSharePoint } from "./App";
