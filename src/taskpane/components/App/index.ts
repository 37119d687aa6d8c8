/** App component. */
export { App, type AppProps } from "./App";
