// The progress chart's series (a commitment's reported values as lines and points), on top of what
// the dashboard registers (echarts.ts): kept out of the dashboard's chart chunk, which the app's
// first screen waits for.
import { use } from 'echarts/core'
import { LineChart, ScatterChart } from 'echarts/charts'
import './echarts'

use([LineChart, ScatterChart])
